module @decode {
  func.func public @main(
      %arg0: tensor<256x64xbf16> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xbf16> loc("model.norm.weight"),
      %arg2: tensor<256x64xbf16> loc("lm_head.weight"),
      %arg3: tensor<64xbf16> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<64x64xbf16> loc("model.layers.0.self_attn.qkv_proj.weight[0:64]"),
      %arg5: tensor<32x64xbf16> loc("model.layers.0.self_attn.qkv_proj.weight[64:96]"),
      %arg6: tensor<32x64xbf16> loc("model.layers.0.self_attn.qkv_proj.weight[96:128]"),
      %arg7: tensor<64x64xbf16> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg8: tensor<64xbf16> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg9: tensor<128x64xbf16> loc("model.layers.0.mlp.gate_up_proj.weight[0:128]"),
      %arg10: tensor<128x64xbf16> loc("model.layers.0.mlp.gate_up_proj.weight[128:256]"),
      %arg11: tensor<64x128xbf16> loc("model.layers.0.mlp.down_proj.weight"),
      %arg12: tensor<64xbf16> loc("model.layers.1.input_layernorm.weight"),
      %arg13: tensor<64x64xbf16> loc("model.layers.1.self_attn.qkv_proj.weight[0:64]"),
      %arg14: tensor<32x64xbf16> loc("model.layers.1.self_attn.qkv_proj.weight[64:96]"),
      %arg15: tensor<32x64xbf16> loc("model.layers.1.self_attn.qkv_proj.weight[96:128]"),
      %arg16: tensor<64x64xbf16> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg17: tensor<64xbf16> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg18: tensor<128x64xbf16> loc("model.layers.1.mlp.gate_up_proj.weight[0:128]"),
      %arg19: tensor<128x64xbf16> loc("model.layers.1.mlp.gate_up_proj.weight[128:256]"),
      %arg20: tensor<64x128xbf16> loc("model.layers.1.mlp.down_proj.weight"),
      %arg21: tensor<2xi32> loc("tokens"),
      %arg22: tensor<2xi32> loc("pos"),
      %arg23: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg24: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg25: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg26: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg22 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg22 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3F3311D5BEA5E57A3FE5F27F3FDEFF7F3F3311D5BEA5E57A3FE5F27F3FDEFF7F3F26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F2C3C913E40A9603F19AE7F3F2EFF7F3F2C3C913E40A9603F19AE7F3F2EFF7F3FB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3FD53F69BFD4211F3FC2F67E3F59FD7F3FD53F69BFD4211F3FC2F67E3F59FD7F3F64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F7205913BBF3DE83EE8737E3F09FC7F3F7205913BBF3DE83EE8737E3F09FC7F3FD006583FF386B93EB5287E3F48FB7F3FD006583FF386B93EB5287E3F48FB7F3F6F4E683F99F5883E00D77D3F76FA7F3F6F4E683F99F5883E00D77D3F76FA7F3FD7040C3EDF0B2E3ECC7E7D3F94F97F3FD7040C3EDF0B2E3ECC7E7D3F94F97F3FE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F2C2975BFE333EFBCEDBA7C3F9DF77F3F2C2975BFE333EFBCEDBA7C3F9DF77F3F36E28CBED3EF03BE494F7C3F88F67F3F36E28CBED3EF03BE494F7C3F88F67F3F840A293FAFA768BE2EDD7B3F62F57F3F840A293FAFA768BE2EDD7B3F62F57F3FBF1B7D3F3586A5BEA1647B3F2CF47F3FBF1B7D3F3586A5BEA1647B3F2CF47F3F22F0D03E3311D5BEA5E57A3FE5F27F3F22F0D03E3311D5BEA5E57A3FE5F27F3FFC370CBF9A3D01BF3C607A3F8DF17F3FFC370CBF9A3D01BF3C607A3F8DF17F3F6FFD7FBF03A816BF6AD4793F24F07F3F6FFD7FBF03A816BF6AD4793F24F07F3FBF6708BF10912ABF3342793FABEE7F3FBF6708BF10912ABF3342793FABEE7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3F78BF7D3FBF174DBFA50A783F85EB7F3F78BF7D3FBF174DBFA50A783F85EB7F3F819C253F115D5BBF5565773FDAE97F3F819C253F115D5BBF5565773FDAE97F3F389395BE467167BFB1B9763F1DE87F3F389395BE467167BFB1B9763F1DE87F3F576D76BF7B3571BFBB07763F50E67F3F576D76BF7B3571BFBB07763F50E67F3FB3803FBFB79078BF794F753F72E47F3FB3803FBFB79078BF794F753F72E47F3F18F41D3E26707DBFEF90743F83E27F3F18F41D3E26707DBFEF90743F83E27F3F8E2C6A3F52C77FBF22CC733F83E07F3F8E2C6A3F52C77FBF22CC733F83E07F3F"> : tensor<32x8xf32>
    %7 = stablehlo.reshape %arg22 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}> : (tensor<32x8xf32>, tensor<2x1xi32>) -> tensor<2x8xf32>
    %9 = stablehlo.constant dense<"0x0000000000000000000000000000000000000000000000000000000000000000A46A573F7775CC3D57D6233C6E12833AA46A573F7775CC3D57D6233C6E12833AB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033BC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443BCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B107C75BF4477F53EF4B64C3DDED6A33B107C75BF4477F53EF4B64C3DDED6A33B8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43B4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53B95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033C3201D33E1D88483F3E12B83D3B74133C3201D33E1D88483F3E12B83D3B74133CF8440BBFA46A573F7675CC3D58D6233CF8440BBFA46A573F7675CC3D58D6233C5CFF7FBF2B26643F72D3E03D6B38343C5CFF7FBF2B26643F72D3E03D6B38343CD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443C2220D73EC0AB763FD0BE043E6BFC543C2220D73EC0AB763FD0BE043E6BFC543C72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653C4479263FD55B7F3F4F06193E34C0753C4479263FD55B7F3F4F06193E34C0753C106893BE0EE47F3F5024233E0111833C106893BE0EE47F3F5024233E0111833C251E76BFBFDD7D3F233E2D3EDE418B3C251E76BFBFDD7D3F233E2D3EDE418B3CB34040BF144E793F8753373EB372933CB34040BF144E793F8753373EB372933C6979193EB940723F3A64413E7EA39B3C6979193EB940723F3A64413E7EA39B3CC8B6693FB7C7683FF86F4B3E3FD4A33CC8B6693FB7C7683FF86F4B3E3FD4A33C102F563F49FB5C3F8376553EF504AC3C102F563F49FB5C3F8376553EF504AC3C150511BC9EF94E3F96775F3EA035B43C150511BC9EF94E3F96775F3EA035B43CE7A158BF8AE63E3FF072693E3F66BC3CE7A158BF8AE63E3FF072693E3F66BC3CFCD367BF27EB2C3F5168733ED196C43CFCD367BF27EB2C3F5168733ED196C43C388707BE7835193F77577D3E57C7CC3C388707BE7835193F77577D3E57C7CC3C0837433FE4F7033F10A0833ECFF7D43C0837433FE4F7033F10A0833ECFF7D43C0ED5743F88D1DA3E0591883E3A28DD3C0ED5743F88D1DA3E0591883E3A28DD3C2AB48A3E9383AB3E7D7E8D3E9658E53C2AB48A3E9383AB3E7D7E8D3E9658E53CE9E329BFC0FD743E5468923EE388ED3CE9E329BFC0FD743E5468923EE388ED3CA4EF7CBFC381103E6C4E973E20B9F53CA4EF7CBFC381103E6C4E973E20B9F53C06DECEBE56502A3DA5309C3E4DE9FD3C06DECEBE56502A3DA5309C3E4DE9FD3C"> : tensor<32x8xf32>
    %10 = stablehlo.reshape %arg22 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}> : (tensor<32x8xf32>, tensor<2x1xi32>) -> tensor<2x8xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg22, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg21 : (tensor<2xi32>) -> tensor<2x1xi32>
    %19 = "stablehlo.gather"(%arg0, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xbf16>, tensor<2x1xi32>) -> tensor<2x64xbf16>
    %20 = stablehlo.convert %19 : (tensor<2x64xbf16>) -> tensor<2x64xf32> loc("embed")
    %21 = stablehlo.multiply %20, %20 : tensor<2x64xf32>
    %22 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %23 = stablehlo.reduce(%21 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %24 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %25 = stablehlo.divide %23, %24 : tensor<2xf32>
    %26 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %27 = stablehlo.add %25, %26 : tensor<2xf32>
    %28 = stablehlo.rsqrt %27 : tensor<2xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %30 = stablehlo.multiply %20, %29 : tensor<2x64xf32>
    %31 = stablehlo.convert %arg3 : (tensor<64xbf16>) -> tensor<64xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %33 = stablehlo.multiply %32, %30 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %34 = stablehlo.convert %arg4 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %35 = stablehlo.dot_general %33, %34, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %36 = stablehlo.reshape %35 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %37 = stablehlo.convert %arg5 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %38 = stablehlo.dot_general %33, %37, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %40 = stablehlo.convert %arg6 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %41 = stablehlo.dot_general %33, %40, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %43 = stablehlo.slice %36 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %44 = stablehlo.slice %43 [0:2, 0:4, 0:4] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %45 = stablehlo.slice %43 [0:2, 0:4, 4:8] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %46 = stablehlo.negate %45 : tensor<2x4x4xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
    %48 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %49 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %50 = stablehlo.multiply %47, %49 : tensor<2x4x8xf32>
    %51 = stablehlo.multiply %43, %48 : tensor<2x4x8xf32>
    %52 = stablehlo.add %51, %50 : tensor<2x4x8xf32>
    %53 = stablehlo.slice %36 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %54 = stablehlo.concatenate %52, %53, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32> loc("layers.0.q")
    %55 = stablehlo.slice %39 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %56 = stablehlo.slice %55 [0:2, 0:2, 0:4] : (tensor<2x2x8xf32>) -> tensor<2x2x4xf32>
    %57 = stablehlo.slice %55 [0:2, 0:2, 4:8] : (tensor<2x2x8xf32>) -> tensor<2x2x4xf32>
    %58 = stablehlo.negate %57 : tensor<2x2x4xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<2x2x4xf32>, tensor<2x2x4xf32>) -> tensor<2x2x8xf32>
    %60 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x2x8xf32>
    %61 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x2x8xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<2x2x8xf32>
    %63 = stablehlo.multiply %55, %60 : tensor<2x2x8xf32>
    %64 = stablehlo.add %63, %62 : tensor<2x2x8xf32>
    %65 = stablehlo.slice %39 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %66 = stablehlo.concatenate %64, %65, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32> loc("layers.0.k")
    %67 = stablehlo.slice %66 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %69 = stablehlo.dynamic_update_slice %arg23, %68, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %70 = stablehlo.slice %66 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %72 = stablehlo.dynamic_update_slice %69, %71, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %73 = stablehlo.slice %42 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %75 = stablehlo.dynamic_update_slice %arg24, %74, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %76 = stablehlo.slice %42 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %78 = stablehlo.dynamic_update_slice %75, %77, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %79 = stablehlo.reshape %54 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %80 = stablehlo.dot_general %79, %72, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %81 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<2x2x2x32xf32>
    %83 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %84 = stablehlo.add %82, %83 : tensor<2x2x2x32xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<2x2x2x32xf32>
    %89 = stablehlo.exponential %88 : tensor<2x2x2x32xf32>
    %90 = stablehlo.reduce(%89 init: %22) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %92 = stablehlo.divide %89, %91 : tensor<2x2x2x32xf32>
    %93 = stablehlo.dot_general %92, %78, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %94 = stablehlo.reshape %93 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %95 = stablehlo.convert %arg7 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %96 = stablehlo.dot_general %94, %95, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %97 = stablehlo.add %20, %96 : tensor<2x64xf32>
    %98 = stablehlo.multiply %97, %97 : tensor<2x64xf32>
    %99 = stablehlo.reduce(%98 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %100 = stablehlo.divide %99, %24 : tensor<2xf32>
    %101 = stablehlo.add %100, %26 : tensor<2xf32>
    %102 = stablehlo.rsqrt %101 : tensor<2xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<2x64xf32>
    %105 = stablehlo.convert %arg8 : (tensor<64xbf16>) -> tensor<64xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %107 = stablehlo.multiply %106, %104 : tensor<2x64xf32>
    %108 = stablehlo.convert %arg9 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %109 = stablehlo.dot_general %107, %108, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %110 = stablehlo.convert %arg10 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %111 = stablehlo.dot_general %107, %110, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %112 = stablehlo.logistic %109 : tensor<2x128xf32>
    %113 = stablehlo.multiply %109, %112 : tensor<2x128xf32>
    %114 = stablehlo.multiply %113, %111 : tensor<2x128xf32>
    %115 = stablehlo.convert %arg11 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %116 = stablehlo.dot_general %114, %115, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %117 = stablehlo.add %97, %116 : tensor<2x64xf32> loc("layers.0.out")
    %118 = stablehlo.multiply %117, %117 : tensor<2x64xf32>
    %119 = stablehlo.reduce(%118 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %120 = stablehlo.divide %119, %24 : tensor<2xf32>
    %121 = stablehlo.add %120, %26 : tensor<2xf32>
    %122 = stablehlo.rsqrt %121 : tensor<2xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %124 = stablehlo.multiply %117, %123 : tensor<2x64xf32>
    %125 = stablehlo.convert %arg12 : (tensor<64xbf16>) -> tensor<64xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %127 = stablehlo.multiply %126, %124 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %128 = stablehlo.convert %arg13 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %129 = stablehlo.dot_general %127, %128, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %130 = stablehlo.reshape %129 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %131 = stablehlo.convert %arg14 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %132 = stablehlo.dot_general %127, %131, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %133 = stablehlo.reshape %132 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %134 = stablehlo.convert %arg15 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %135 = stablehlo.dot_general %127, %134, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %136 = stablehlo.reshape %135 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %137 = stablehlo.slice %130 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %138 = stablehlo.slice %137 [0:2, 0:4, 0:4] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %139 = stablehlo.slice %137 [0:2, 0:4, 4:8] : (tensor<2x4x8xf32>) -> tensor<2x4x4xf32>
    %140 = stablehlo.negate %139 : tensor<2x4x4xf32>
    %141 = stablehlo.concatenate %140, %138, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x8xf32>
    %142 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %143 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x4x8xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<2x4x8xf32>
    %145 = stablehlo.multiply %137, %142 : tensor<2x4x8xf32>
    %146 = stablehlo.add %145, %144 : tensor<2x4x8xf32>
    %147 = stablehlo.slice %130 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %148 = stablehlo.concatenate %146, %147, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32> loc("layers.1.q")
    %149 = stablehlo.slice %133 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %150 = stablehlo.slice %149 [0:2, 0:2, 0:4] : (tensor<2x2x8xf32>) -> tensor<2x2x4xf32>
    %151 = stablehlo.slice %149 [0:2, 0:2, 4:8] : (tensor<2x2x8xf32>) -> tensor<2x2x4xf32>
    %152 = stablehlo.negate %151 : tensor<2x2x4xf32>
    %153 = stablehlo.concatenate %152, %150, dim = 2 : (tensor<2x2x4xf32>, tensor<2x2x4xf32>) -> tensor<2x2x8xf32>
    %154 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x2x8xf32>
    %155 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x8xf32>) -> tensor<2x2x8xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<2x2x8xf32>
    %157 = stablehlo.multiply %149, %154 : tensor<2x2x8xf32>
    %158 = stablehlo.add %157, %156 : tensor<2x2x8xf32>
    %159 = stablehlo.slice %133 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %160 = stablehlo.concatenate %158, %159, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32> loc("layers.1.k")
    %161 = stablehlo.slice %160 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %163 = stablehlo.dynamic_update_slice %arg25, %162, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %164 = stablehlo.slice %160 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %166 = stablehlo.dynamic_update_slice %163, %165, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %167 = stablehlo.slice %136 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %168 = stablehlo.reshape %167 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %169 = stablehlo.dynamic_update_slice %arg26, %168, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %170 = stablehlo.slice %136 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %172 = stablehlo.dynamic_update_slice %169, %171, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %173 = stablehlo.reshape %148 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %174 = stablehlo.dot_general %173, %166, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %175 = stablehlo.multiply %174, %81 : tensor<2x2x2x32xf32>
    %176 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %177 = stablehlo.add %175, %176 : tensor<2x2x2x32xf32>
    %178 = stablehlo.reduce(%177 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %180 = stablehlo.subtract %177, %179 : tensor<2x2x2x32xf32>
    %181 = stablehlo.exponential %180 : tensor<2x2x2x32xf32>
    %182 = stablehlo.reduce(%181 init: %22) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %184 = stablehlo.divide %181, %183 : tensor<2x2x2x32xf32>
    %185 = stablehlo.dot_general %184, %172, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %186 = stablehlo.reshape %185 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %187 = stablehlo.convert %arg16 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %189 = stablehlo.add %117, %188 : tensor<2x64xf32>
    %190 = stablehlo.multiply %189, %189 : tensor<2x64xf32>
    %191 = stablehlo.reduce(%190 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %192 = stablehlo.divide %191, %24 : tensor<2xf32>
    %193 = stablehlo.add %192, %26 : tensor<2xf32>
    %194 = stablehlo.rsqrt %193 : tensor<2xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %196 = stablehlo.multiply %189, %195 : tensor<2x64xf32>
    %197 = stablehlo.convert %arg17 : (tensor<64xbf16>) -> tensor<64xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %199 = stablehlo.multiply %198, %196 : tensor<2x64xf32>
    %200 = stablehlo.convert %arg18 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %201 = stablehlo.dot_general %199, %200, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %202 = stablehlo.convert %arg19 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %203 = stablehlo.dot_general %199, %202, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %204 = stablehlo.logistic %201 : tensor<2x128xf32>
    %205 = stablehlo.multiply %201, %204 : tensor<2x128xf32>
    %206 = stablehlo.multiply %205, %203 : tensor<2x128xf32>
    %207 = stablehlo.convert %arg20 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %208 = stablehlo.dot_general %206, %207, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %209 = stablehlo.add %189, %208 : tensor<2x64xf32> loc("layers.1.out")
    %210 = stablehlo.multiply %209, %209 : tensor<2x64xf32>
    %211 = stablehlo.reduce(%210 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %212 = stablehlo.divide %211, %24 : tensor<2xf32>
    %213 = stablehlo.add %212, %26 : tensor<2xf32>
    %214 = stablehlo.rsqrt %213 : tensor<2xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %216 = stablehlo.multiply %209, %215 : tensor<2x64xf32>
    %217 = stablehlo.convert %arg1 : (tensor<64xbf16>) -> tensor<64xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %219 = stablehlo.multiply %218, %216 : tensor<2x64xf32> loc("final_norm")
    %220 = stablehlo.convert %arg2 : (tensor<256x64xbf16>) -> tensor<256x64xf32>
    %221 = stablehlo.dot_general %219, %220, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %221, %72, %78, %166, %172 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
