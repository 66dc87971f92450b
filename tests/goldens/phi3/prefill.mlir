module @prefill {
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
      %arg21: tensor<8xi32> loc("tokens"),
      %arg22: tensor<i32> loc("start"),
      %arg23: tensor<i32> loc("length"),
      %arg24: tensor<i32> loc("slot"),
      %arg25: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg26: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg27: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg28: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg22, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3F3311D5BEA5E57A3FE5F27F3FDEFF7F3F3311D5BEA5E57A3FE5F27F3FDEFF7F3F26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F2C3C913E40A9603F19AE7F3F2EFF7F3F2C3C913E40A9603F19AE7F3F2EFF7F3FB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3FD53F69BFD4211F3FC2F67E3F59FD7F3FD53F69BFD4211F3FC2F67E3F59FD7F3F64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F7205913BBF3DE83EE8737E3F09FC7F3F7205913BBF3DE83EE8737E3F09FC7F3FD006583FF386B93EB5287E3F48FB7F3FD006583FF386B93EB5287E3F48FB7F3F6F4E683F99F5883E00D77D3F76FA7F3F6F4E683F99F5883E00D77D3F76FA7F3FD7040C3EDF0B2E3ECC7E7D3F94F97F3FD7040C3EDF0B2E3ECC7E7D3F94F97F3FE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F2C2975BFE333EFBCEDBA7C3F9DF77F3F2C2975BFE333EFBCEDBA7C3F9DF77F3F36E28CBED3EF03BE494F7C3F88F67F3F36E28CBED3EF03BE494F7C3F88F67F3F840A293FAFA768BE2EDD7B3F62F57F3F840A293FAFA768BE2EDD7B3F62F57F3FBF1B7D3F3586A5BEA1647B3F2CF47F3FBF1B7D3F3586A5BEA1647B3F2CF47F3F22F0D03E3311D5BEA5E57A3FE5F27F3F22F0D03E3311D5BEA5E57A3FE5F27F3FFC370CBF9A3D01BF3C607A3F8DF17F3FFC370CBF9A3D01BF3C607A3F8DF17F3F6FFD7FBF03A816BF6AD4793F24F07F3F6FFD7FBF03A816BF6AD4793F24F07F3FBF6708BF10912ABF3342793FABEE7F3FBF6708BF10912ABF3342793FABEE7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3FFE2DD93ED7C53CBF9BA9783F20ED7F3F78BF7D3FBF174DBFA50A783F85EB7F3F78BF7D3FBF174DBFA50A783F85EB7F3F819C253F115D5BBF5565773FDAE97F3F819C253F115D5BBF5565773FDAE97F3F389395BE467167BFB1B9763F1DE87F3F389395BE467167BFB1B9763F1DE87F3F576D76BF7B3571BFBB07763F50E67F3F576D76BF7B3571BFBB07763F50E67F3FB3803FBFB79078BF794F753F72E47F3FB3803FBFB79078BF794F753F72E47F3F18F41D3E26707DBFEF90743F83E27F3F18F41D3E26707DBFEF90743F83E27F3F8E2C6A3F52C77FBF22CC733F83E07F3F8E2C6A3F52C77FBF22CC733F83E07F3F"> : tensor<32x8xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}> : (tensor<32x8xf32>, tensor<8x1xi32>) -> tensor<8x8xf32>
    %7 = stablehlo.constant dense<"0x0000000000000000000000000000000000000000000000000000000000000000A46A573F7775CC3D57D6233C6E12833AA46A573F7775CC3D57D6233C6E12833AB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033BC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443BCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B107C75BF4477F53EF4B64C3DDED6A33B107C75BF4477F53EF4B64C3DDED6A33B8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43B4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53B95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033C3201D33E1D88483F3E12B83D3B74133C3201D33E1D88483F3E12B83D3B74133CF8440BBFA46A573F7675CC3D58D6233CF8440BBFA46A573F7675CC3D58D6233C5CFF7FBF2B26643F72D3E03D6B38343C5CFF7FBF2B26643F72D3E03D6B38343CD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443C2220D73EC0AB763FD0BE043E6BFC543C2220D73EC0AB763FD0BE043E6BFC543C72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653C4479263FD55B7F3F4F06193E34C0753C4479263FD55B7F3F4F06193E34C0753C106893BE0EE47F3F5024233E0111833C106893BE0EE47F3F5024233E0111833C251E76BFBFDD7D3F233E2D3EDE418B3C251E76BFBFDD7D3F233E2D3EDE418B3CB34040BF144E793F8753373EB372933CB34040BF144E793F8753373EB372933C6979193EB940723F3A64413E7EA39B3C6979193EB940723F3A64413E7EA39B3CC8B6693FB7C7683FF86F4B3E3FD4A33CC8B6693FB7C7683FF86F4B3E3FD4A33C102F563F49FB5C3F8376553EF504AC3C102F563F49FB5C3F8376553EF504AC3C150511BC9EF94E3F96775F3EA035B43C150511BC9EF94E3F96775F3EA035B43CE7A158BF8AE63E3FF072693E3F66BC3CE7A158BF8AE63E3FF072693E3F66BC3CFCD367BF27EB2C3F5168733ED196C43CFCD367BF27EB2C3F5168733ED196C43C388707BE7835193F77577D3E57C7CC3C388707BE7835193F77577D3E57C7CC3C0837433FE4F7033F10A0833ECFF7D43C0837433FE4F7033F10A0833ECFF7D43C0ED5743F88D1DA3E0591883E3A28DD3C0ED5743F88D1DA3E0591883E3A28DD3C2AB48A3E9383AB3E7D7E8D3E9658E53C2AB48A3E9383AB3E7D7E8D3E9658E53CE9E329BFC0FD743E5468923EE388ED3CE9E329BFC0FD743E5468923EE388ED3CA4EF7CBFC381103E6C4E973E20B9F53CA4EF7CBFC381103E6C4E973E20B9F53C06DECEBE56502A3DA5309C3E4DE9FD3C06DECEBE56502A3DA5309C3E4DE9FD3C"> : tensor<32x8xf32>
    %8 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%7, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 8>}> : (tensor<32x8xf32>, tensor<8x1xi32>) -> tensor<8x8xf32>
    %10 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %12 = stablehlo.compare  LE, %10, %11,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %13 = stablehlo.constant dense<0.0e+00> : tensor<8x32xf32>
    %14 = stablehlo.constant dense<-1.0e+30> : tensor<8x32xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %16 = stablehlo.reshape %arg21 : (tensor<8xi32>) -> tensor<8x1xi32>
    %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xbf16>, tensor<8x1xi32>) -> tensor<8x64xbf16>
    %18 = stablehlo.convert %17 : (tensor<8x64xbf16>) -> tensor<8x64xf32> loc("embed")
    %19 = stablehlo.multiply %18, %18 : tensor<8x64xf32>
    %20 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %22 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %23 = stablehlo.divide %21, %22 : tensor<8xf32>
    %24 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %25 = stablehlo.add %23, %24 : tensor<8xf32>
    %26 = stablehlo.rsqrt %25 : tensor<8xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %28 = stablehlo.multiply %18, %27 : tensor<8x64xf32>
    %29 = stablehlo.convert %arg3 : (tensor<64xbf16>) -> tensor<64xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.multiply %30, %28 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %32 = stablehlo.convert %arg4 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %33 = stablehlo.dot_general %31, %32, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.reshape %33 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %35 = stablehlo.convert %arg5 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %36 = stablehlo.dot_general %31, %35, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %38 = stablehlo.convert %arg6 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %39 = stablehlo.dot_general %31, %38, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %41 = stablehlo.slice %34 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %42 = stablehlo.slice %41 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %43 = stablehlo.slice %41 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %44 = stablehlo.negate %43 : tensor<8x4x4xf32>
    %45 = stablehlo.concatenate %44, %42, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %46 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %47 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %48 = stablehlo.multiply %45, %47 : tensor<8x4x8xf32>
    %49 = stablehlo.multiply %41, %46 : tensor<8x4x8xf32>
    %50 = stablehlo.add %49, %48 : tensor<8x4x8xf32>
    %51 = stablehlo.slice %34 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %52 = stablehlo.concatenate %50, %51, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32> loc("layers.0.q")
    %53 = stablehlo.slice %37 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %54 = stablehlo.slice %53 [0:8, 0:2, 0:4] : (tensor<8x2x8xf32>) -> tensor<8x2x4xf32>
    %55 = stablehlo.slice %53 [0:8, 0:2, 4:8] : (tensor<8x2x8xf32>) -> tensor<8x2x4xf32>
    %56 = stablehlo.negate %55 : tensor<8x2x4xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 2 : (tensor<8x2x4xf32>, tensor<8x2x4xf32>) -> tensor<8x2x8xf32>
    %58 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x2x8xf32>
    %59 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x2x8xf32>
    %60 = stablehlo.multiply %57, %59 : tensor<8x2x8xf32>
    %61 = stablehlo.multiply %53, %58 : tensor<8x2x8xf32>
    %62 = stablehlo.add %61, %60 : tensor<8x2x8xf32>
    %63 = stablehlo.slice %37 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %64 = stablehlo.concatenate %62, %63, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32> loc("layers.0.k")
    %65 = stablehlo.reshape %64 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %66 = stablehlo.dynamic_update_slice %arg25, %65, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %67 = stablehlo.reshape %40 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %68 = stablehlo.dynamic_update_slice %arg26, %67, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %69 = stablehlo.reshape %52 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %70 = stablehlo.dynamic_slice %66, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %72 = stablehlo.dynamic_slice %68, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %74 = stablehlo.dot_general %69, %71, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %75 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<2x8x2x32xf32>
    %77 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %78 = stablehlo.add %76, %77 : tensor<2x8x2x32xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<2x8x2x32xf32>
    %83 = stablehlo.exponential %82 : tensor<2x8x2x32xf32>
    %84 = stablehlo.reduce(%83 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %86 = stablehlo.divide %83, %85 : tensor<2x8x2x32xf32>
    %87 = stablehlo.dot_general %86, %73, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %88 = stablehlo.transpose %87, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %89 = stablehlo.reshape %88 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %90 = stablehlo.convert %arg7 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %91 = stablehlo.dot_general %89, %90, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %92 = stablehlo.add %18, %91 : tensor<8x64xf32>
    %93 = stablehlo.multiply %92, %92 : tensor<8x64xf32>
    %94 = stablehlo.reduce(%93 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %95 = stablehlo.divide %94, %22 : tensor<8xf32>
    %96 = stablehlo.add %95, %24 : tensor<8xf32>
    %97 = stablehlo.rsqrt %96 : tensor<8xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %99 = stablehlo.multiply %92, %98 : tensor<8x64xf32>
    %100 = stablehlo.convert %arg8 : (tensor<64xbf16>) -> tensor<64xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %102 = stablehlo.multiply %101, %99 : tensor<8x64xf32>
    %103 = stablehlo.convert %arg9 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %104 = stablehlo.dot_general %102, %103, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %105 = stablehlo.convert %arg10 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %106 = stablehlo.dot_general %102, %105, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %107 = stablehlo.logistic %104 : tensor<8x128xf32>
    %108 = stablehlo.multiply %104, %107 : tensor<8x128xf32>
    %109 = stablehlo.multiply %108, %106 : tensor<8x128xf32>
    %110 = stablehlo.convert %arg11 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %111 = stablehlo.dot_general %109, %110, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %112 = stablehlo.add %92, %111 : tensor<8x64xf32> loc("layers.0.out")
    %113 = stablehlo.multiply %112, %112 : tensor<8x64xf32>
    %114 = stablehlo.reduce(%113 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %115 = stablehlo.divide %114, %22 : tensor<8xf32>
    %116 = stablehlo.add %115, %24 : tensor<8xf32>
    %117 = stablehlo.rsqrt %116 : tensor<8xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %119 = stablehlo.multiply %112, %118 : tensor<8x64xf32>
    %120 = stablehlo.convert %arg12 : (tensor<64xbf16>) -> tensor<64xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %122 = stablehlo.multiply %121, %119 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %123 = stablehlo.convert %arg13 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %124 = stablehlo.dot_general %122, %123, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %125 = stablehlo.reshape %124 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %126 = stablehlo.convert %arg14 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %127 = stablehlo.dot_general %122, %126, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %128 = stablehlo.reshape %127 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %129 = stablehlo.convert %arg15 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %130 = stablehlo.dot_general %122, %129, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %131 = stablehlo.reshape %130 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %132 = stablehlo.slice %125 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %133 = stablehlo.slice %132 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %134 = stablehlo.slice %132 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %135 = stablehlo.negate %134 : tensor<8x4x4xf32>
    %136 = stablehlo.concatenate %135, %133, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %137 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %138 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<8x4x8xf32>
    %140 = stablehlo.multiply %132, %137 : tensor<8x4x8xf32>
    %141 = stablehlo.add %140, %139 : tensor<8x4x8xf32>
    %142 = stablehlo.slice %125 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %143 = stablehlo.concatenate %141, %142, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32> loc("layers.1.q")
    %144 = stablehlo.slice %128 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %145 = stablehlo.slice %144 [0:8, 0:2, 0:4] : (tensor<8x2x8xf32>) -> tensor<8x2x4xf32>
    %146 = stablehlo.slice %144 [0:8, 0:2, 4:8] : (tensor<8x2x8xf32>) -> tensor<8x2x4xf32>
    %147 = stablehlo.negate %146 : tensor<8x2x4xf32>
    %148 = stablehlo.concatenate %147, %145, dim = 2 : (tensor<8x2x4xf32>, tensor<8x2x4xf32>) -> tensor<8x2x8xf32>
    %149 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x2x8xf32>
    %150 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x2x8xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<8x2x8xf32>
    %152 = stablehlo.multiply %144, %149 : tensor<8x2x8xf32>
    %153 = stablehlo.add %152, %151 : tensor<8x2x8xf32>
    %154 = stablehlo.slice %128 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %155 = stablehlo.concatenate %153, %154, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32> loc("layers.1.k")
    %156 = stablehlo.reshape %155 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %157 = stablehlo.dynamic_update_slice %arg27, %156, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %158 = stablehlo.reshape %131 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %159 = stablehlo.dynamic_update_slice %arg28, %158, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %160 = stablehlo.reshape %143 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %161 = stablehlo.dynamic_slice %157, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %163 = stablehlo.dynamic_slice %159, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %165 = stablehlo.dot_general %160, %162, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %166 = stablehlo.multiply %165, %75 : tensor<2x8x2x32xf32>
    %167 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %168 = stablehlo.add %166, %167 : tensor<2x8x2x32xf32>
    %169 = stablehlo.reduce(%168 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %171 = stablehlo.subtract %168, %170 : tensor<2x8x2x32xf32>
    %172 = stablehlo.exponential %171 : tensor<2x8x2x32xf32>
    %173 = stablehlo.reduce(%172 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %175 = stablehlo.divide %172, %174 : tensor<2x8x2x32xf32>
    %176 = stablehlo.dot_general %175, %164, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %177 = stablehlo.transpose %176, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %178 = stablehlo.reshape %177 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %179 = stablehlo.convert %arg16 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %180 = stablehlo.dot_general %178, %179, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %181 = stablehlo.add %112, %180 : tensor<8x64xf32>
    %182 = stablehlo.multiply %181, %181 : tensor<8x64xf32>
    %183 = stablehlo.reduce(%182 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %184 = stablehlo.divide %183, %22 : tensor<8xf32>
    %185 = stablehlo.add %184, %24 : tensor<8xf32>
    %186 = stablehlo.rsqrt %185 : tensor<8xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %188 = stablehlo.multiply %181, %187 : tensor<8x64xf32>
    %189 = stablehlo.convert %arg17 : (tensor<64xbf16>) -> tensor<64xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %191 = stablehlo.multiply %190, %188 : tensor<8x64xf32>
    %192 = stablehlo.convert %arg18 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %193 = stablehlo.dot_general %191, %192, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %194 = stablehlo.convert %arg19 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %195 = stablehlo.dot_general %191, %194, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %196 = stablehlo.logistic %193 : tensor<8x128xf32>
    %197 = stablehlo.multiply %193, %196 : tensor<8x128xf32>
    %198 = stablehlo.multiply %197, %195 : tensor<8x128xf32>
    %199 = stablehlo.convert %arg20 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %200 = stablehlo.dot_general %198, %199, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %201 = stablehlo.add %181, %200 : tensor<8x64xf32> loc("layers.1.out")
    %202 = stablehlo.constant dense<1> : tensor<i32>
    %203 = stablehlo.subtract %arg23, %202 : tensor<i32>
    %204 = stablehlo.dynamic_slice %201, %203, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %205 = stablehlo.multiply %204, %204 : tensor<1x64xf32>
    %206 = stablehlo.reduce(%205 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %207 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %208 = stablehlo.divide %206, %207 : tensor<1xf32>
    %209 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %210 = stablehlo.add %208, %209 : tensor<1xf32>
    %211 = stablehlo.rsqrt %210 : tensor<1xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %213 = stablehlo.multiply %204, %212 : tensor<1x64xf32>
    %214 = stablehlo.convert %arg1 : (tensor<64xbf16>) -> tensor<64xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %216 = stablehlo.multiply %215, %213 : tensor<1x64xf32> loc("final_norm")
    %217 = stablehlo.convert %arg2 : (tensor<256x64xbf16>) -> tensor<256x64xf32>
    %218 = stablehlo.dot_general %216, %217, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %219, %66, %68, %157, %159 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
