module @prefill {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<64xf32> loc("model.norm.bias"),
      %arg3: tensor<256x64xf32> loc("lm_head.weight"),
      %arg4: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg5: tensor<64xf32> loc("model.layers.0.input_layernorm.bias"),
      %arg6: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg7: tensor<64xf32> loc("model.layers.0.self_attn.q_proj.bias"),
      %arg8: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg9: tensor<32xf32> loc("model.layers.0.self_attn.k_proj.bias"),
      %arg10: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg11: tensor<32xf32> loc("model.layers.0.self_attn.v_proj.bias"),
      %arg12: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg13: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg14: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.bias"),
      %arg15: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg16: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg17: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg18: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg19: tensor<64xf32> loc("model.layers.1.input_layernorm.bias"),
      %arg20: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg21: tensor<64xf32> loc("model.layers.1.self_attn.q_proj.bias"),
      %arg22: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg23: tensor<32xf32> loc("model.layers.1.self_attn.k_proj.bias"),
      %arg24: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg25: tensor<32xf32> loc("model.layers.1.self_attn.v_proj.bias"),
      %arg26: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg27: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg28: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.bias"),
      %arg29: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg30: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg31: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg32: tensor<8xi32> loc("tokens"),
      %arg33: tensor<i32> loc("start"),
      %arg34: tensor<i32> loc("length"),
      %arg35: tensor<i32> loc("slot"),
      %arg36: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg37: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg38: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg33, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F40510A3FB9FC7F3F40510A3FB9FC7F3F3311D5BEE5F27F3F3311D5BEE5F27F3F26707DBF83E27F3F26707DBF83E27F3F305527BF94CB7F3F305527BF94CB7F3F2C3C913E19AE7F3F2C3C913E19AE7F3FB8CD753F128A7F3FB8CD753F128A7F3FBDFF403F815F7F3FBDFF403F815F7F3FF6FD14BE662E7F3FF6FD14BE662E7F3FD53F69BFC2F67E3FD53F69BFC2F67E3F64CD56BF98B87E3F64CD56BF98B87E3F7205913BE8737E3F7205913BE8737E3FD006583FB5287E3FD006583FB5287E3F6F4E683F00D77D3F6F4E683F00D77D3FD7040C3ECC7E7D3FD7040C3ECC7E7D3FE87A42BF1A207D3FE87A42BF1A207D3F2C2975BFEDBA7C3F2C2975BFEDBA7C3F36E28CBE494F7C3F36E28CBE494F7C3F840A293F2EDD7B3F840A293F2EDD7B3FBF1B7D3FA1647B3FBF1B7D3FA1647B3F22F0D03EA5E57A3F22F0D03EA5E57A3FFC370CBF3C607A3FFC370CBF3C607A3F6FFD7FBF6AD4793F6FFD7FBF6AD4793FBF6708BF3342793FBF6708BF3342793FFE2DD93E9BA9783FFE2DD93E9BA9783F78BF7D3FA50A783F78BF7D3FA50A783F819C253F5565773F819C253F5565773F389395BEB1B9763F389395BEB1B9763F576D76BFBB07763F576D76BFBB07763FB3803FBF794F753FB3803FBF794F753F18F41D3EEF90743F18F41D3EEF90743F8E2C6A3F22CC733F8E2C6A3F22CC733F"> : tensor<32x4xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<32x4xf32>, tensor<8x1xi32>) -> tensor<8x4xf32>
    %7 = stablehlo.constant dense<"0x00000000000000000000000000000000A46A573F57D6233CA46A573F57D6233CB7C7683F3ED4A33CB7C7683F3ED4A33CC381103E1FB9F53CC381103E1FB9F53CCFBD41BFDBCB233DCFBD41BFDBCB233D107C75BFF4B64C3D107C75BFF4B64C3D8C0F8FBED19C753D8C0F8FBED19C753D4630283F323E8F3D4630283F323E8F3D95467D3F50AAA33D95467D3F50AAA33D3201D33E3E12B83D3201D33E3E12B83DF8440BBF7675CC3DF8440BBF7675CC3D5CFF7FBF72D3E03D5CFF7FBF72D3E03DD85C09BFAC2BF53DD85C09BFAC2BF53D2220D73ED0BE043E2220D73ED0BE043E72987D3F64E40E3E72987D3F64E40E3E4479263F4F06193E4479263F4F06193E106893BE5024233E106893BE5024233E251E76BF233E2D3E251E76BF233E2D3EB34040BF8753373EB34040BF8753373E6979193E3A64413E6979193E3A64413EC8B6693FF86F4B3EC8B6693FF86F4B3E102F563F8376553E102F563F8376553E150511BC96775F3E150511BC96775F3EE7A158BFF072693EE7A158BFF072693EFCD367BF5168733EFCD367BF5168733E388707BE77577D3E388707BE77577D3E0837433F10A0833E0837433F10A0833E0ED5743F0591883E0ED5743F0591883E2AB48A3E7D7E8D3E2AB48A3E7D7E8D3EE9E329BF5468923EE9E329BF5468923EA4EF7CBF6C4E973EA4EF7CBF6C4E973E06DECEBEA5309C3E06DECEBEA5309C3E"> : tensor<32x4xf32>
    %8 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%7, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<32x4xf32>, tensor<8x1xi32>) -> tensor<8x4xf32>
    %10 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %12 = stablehlo.compare  LE, %10, %11,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %13 = stablehlo.constant dense<0.0e+00> : tensor<8x32xf32>
    %14 = stablehlo.constant dense<-1.0e+30> : tensor<8x32xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %16 = stablehlo.reshape %arg32 : (tensor<8xi32>) -> tensor<8x1xi32>
    %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %18 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %19 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %20 = stablehlo.reduce(%17 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.divide %20, %18 : tensor<8xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %23 = stablehlo.subtract %17, %22 : tensor<8x64xf32>
    %24 = stablehlo.multiply %23, %23 : tensor<8x64xf32>
    %25 = stablehlo.reduce(%24 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = stablehlo.divide %25, %18 : tensor<8xf32>
    %27 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %28 = stablehlo.add %26, %27 : tensor<8xf32>
    %29 = stablehlo.rsqrt %28 : tensor<8xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.multiply %23, %30 : tensor<8x64xf32>
    %32 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %33 = stablehlo.multiply %32, %31 : tensor<8x64xf32>
    %34 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %35 = stablehlo.add %33, %34 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %36 = stablehlo.dot_general %35, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %37 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.add %36, %37 : tensor<8x64xf32>
    %39 = stablehlo.reshape %38 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %40 = stablehlo.dot_general %35, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %41 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %42 = stablehlo.add %40, %41 : tensor<8x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %44 = stablehlo.dot_general %35, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %45 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %46 = stablehlo.add %44, %45 : tensor<8x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %48 = stablehlo.slice %39 [0:8, 0:4, 0:4] : (tensor<8x4x16xf32>) -> tensor<8x4x4xf32>
    %49 = stablehlo.slice %48 [0:8, 0:4, 0:2] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %50 = stablehlo.slice %48 [0:8, 0:4, 2:4] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %51 = stablehlo.negate %50 : tensor<8x4x2xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<8x4x2xf32>, tensor<8x4x2xf32>) -> tensor<8x4x4xf32>
    %53 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %54 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %55 = stablehlo.multiply %52, %54 : tensor<8x4x4xf32>
    %56 = stablehlo.multiply %48, %53 : tensor<8x4x4xf32>
    %57 = stablehlo.add %56, %55 : tensor<8x4x4xf32>
    %58 = stablehlo.slice %39 [0:8, 0:4, 4:16] : (tensor<8x4x16xf32>) -> tensor<8x4x12xf32>
    %59 = stablehlo.concatenate %57, %58, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x12xf32>) -> tensor<8x4x16xf32> loc("layers.0.q")
    %60 = stablehlo.slice %43 [0:8, 0:2, 0:4] : (tensor<8x2x16xf32>) -> tensor<8x2x4xf32>
    %61 = stablehlo.slice %60 [0:8, 0:2, 0:2] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %62 = stablehlo.slice %60 [0:8, 0:2, 2:4] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %63 = stablehlo.negate %62 : tensor<8x2x2xf32>
    %64 = stablehlo.concatenate %63, %61, dim = 2 : (tensor<8x2x2xf32>, tensor<8x2x2xf32>) -> tensor<8x2x4xf32>
    %65 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %66 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %67 = stablehlo.multiply %64, %66 : tensor<8x2x4xf32>
    %68 = stablehlo.multiply %60, %65 : tensor<8x2x4xf32>
    %69 = stablehlo.add %68, %67 : tensor<8x2x4xf32>
    %70 = stablehlo.slice %43 [0:8, 0:2, 4:16] : (tensor<8x2x16xf32>) -> tensor<8x2x12xf32>
    %71 = stablehlo.concatenate %69, %70, dim = 2 : (tensor<8x2x4xf32>, tensor<8x2x12xf32>) -> tensor<8x2x16xf32> loc("layers.0.k")
    %72 = stablehlo.reshape %71 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %73 = stablehlo.dynamic_update_slice %arg36, %72, %arg35, %arg33, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %74 = stablehlo.reshape %47 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %75 = stablehlo.dynamic_update_slice %arg37, %74, %arg35, %arg33, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %76 = stablehlo.reshape %59 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %77 = stablehlo.dynamic_slice %73, %arg35, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %79 = stablehlo.dynamic_slice %75, %arg35, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %81 = stablehlo.dot_general %76, %78, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %82 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<2x8x2x32xf32>
    %84 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %85 = stablehlo.add %83, %84 : tensor<2x8x2x32xf32>
    %86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %87 = stablehlo.reduce(%85 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %89 = stablehlo.subtract %85, %88 : tensor<2x8x2x32xf32>
    %90 = stablehlo.exponential %89 : tensor<2x8x2x32xf32>
    %91 = stablehlo.reduce(%90 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %93 = stablehlo.divide %90, %92 : tensor<2x8x2x32xf32>
    %94 = stablehlo.dot_general %93, %80, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %95 = stablehlo.transpose %94, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %96 = stablehlo.reshape %95 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %97 = stablehlo.dot_general %96, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %98 = stablehlo.add %17, %97 : tensor<8x64xf32>
    %99 = stablehlo.reduce(%98 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %100 = stablehlo.divide %99, %18 : tensor<8xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %102 = stablehlo.subtract %98, %101 : tensor<8x64xf32>
    %103 = stablehlo.multiply %102, %102 : tensor<8x64xf32>
    %104 = stablehlo.reduce(%103 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %105 = stablehlo.divide %104, %18 : tensor<8xf32>
    %106 = stablehlo.add %105, %27 : tensor<8xf32>
    %107 = stablehlo.rsqrt %106 : tensor<8xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %109 = stablehlo.multiply %102, %108 : tensor<8x64xf32>
    %110 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %111 = stablehlo.multiply %110, %109 : tensor<8x64xf32>
    %112 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %113 = stablehlo.add %111, %112 : tensor<8x64xf32>
    %114 = stablehlo.dot_general %113, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %115 = stablehlo.dot_general %113, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %116 = stablehlo.logistic %114 : tensor<8x128xf32>
    %117 = stablehlo.multiply %114, %116 : tensor<8x128xf32>
    %118 = stablehlo.multiply %117, %115 : tensor<8x128xf32>
    %119 = stablehlo.dot_general %118, %arg17, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %120 = stablehlo.add %98, %119 : tensor<8x64xf32> loc("layers.0.out")
    %121 = stablehlo.reduce(%120 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %122 = stablehlo.divide %121, %18 : tensor<8xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %124 = stablehlo.subtract %120, %123 : tensor<8x64xf32>
    %125 = stablehlo.multiply %124, %124 : tensor<8x64xf32>
    %126 = stablehlo.reduce(%125 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %127 = stablehlo.divide %126, %18 : tensor<8xf32>
    %128 = stablehlo.add %127, %27 : tensor<8xf32>
    %129 = stablehlo.rsqrt %128 : tensor<8xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %131 = stablehlo.multiply %124, %130 : tensor<8x64xf32>
    %132 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %133 = stablehlo.multiply %132, %131 : tensor<8x64xf32>
    %134 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %135 = stablehlo.add %133, %134 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %136 = stablehlo.dot_general %135, %arg20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %137 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %138 = stablehlo.add %136, %137 : tensor<8x64xf32>
    %139 = stablehlo.reshape %138 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %140 = stablehlo.dot_general %135, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %141 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %142 = stablehlo.add %140, %141 : tensor<8x32xf32>
    %143 = stablehlo.reshape %142 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %144 = stablehlo.dot_general %135, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %145 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %146 = stablehlo.add %144, %145 : tensor<8x32xf32>
    %147 = stablehlo.reshape %146 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %148 = stablehlo.slice %139 [0:8, 0:4, 0:4] : (tensor<8x4x16xf32>) -> tensor<8x4x4xf32>
    %149 = stablehlo.slice %148 [0:8, 0:4, 0:2] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %150 = stablehlo.slice %148 [0:8, 0:4, 2:4] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %151 = stablehlo.negate %150 : tensor<8x4x2xf32>
    %152 = stablehlo.concatenate %151, %149, dim = 2 : (tensor<8x4x2xf32>, tensor<8x4x2xf32>) -> tensor<8x4x4xf32>
    %153 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %154 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %155 = stablehlo.multiply %152, %154 : tensor<8x4x4xf32>
    %156 = stablehlo.multiply %148, %153 : tensor<8x4x4xf32>
    %157 = stablehlo.add %156, %155 : tensor<8x4x4xf32>
    %158 = stablehlo.slice %139 [0:8, 0:4, 4:16] : (tensor<8x4x16xf32>) -> tensor<8x4x12xf32>
    %159 = stablehlo.concatenate %157, %158, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x12xf32>) -> tensor<8x4x16xf32> loc("layers.1.q")
    %160 = stablehlo.slice %143 [0:8, 0:2, 0:4] : (tensor<8x2x16xf32>) -> tensor<8x2x4xf32>
    %161 = stablehlo.slice %160 [0:8, 0:2, 0:2] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %162 = stablehlo.slice %160 [0:8, 0:2, 2:4] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %163 = stablehlo.negate %162 : tensor<8x2x2xf32>
    %164 = stablehlo.concatenate %163, %161, dim = 2 : (tensor<8x2x2xf32>, tensor<8x2x2xf32>) -> tensor<8x2x4xf32>
    %165 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %166 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<8x2x4xf32>
    %168 = stablehlo.multiply %160, %165 : tensor<8x2x4xf32>
    %169 = stablehlo.add %168, %167 : tensor<8x2x4xf32>
    %170 = stablehlo.slice %143 [0:8, 0:2, 4:16] : (tensor<8x2x16xf32>) -> tensor<8x2x12xf32>
    %171 = stablehlo.concatenate %169, %170, dim = 2 : (tensor<8x2x4xf32>, tensor<8x2x12xf32>) -> tensor<8x2x16xf32> loc("layers.1.k")
    %172 = stablehlo.reshape %171 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %173 = stablehlo.dynamic_update_slice %arg38, %172, %arg35, %arg33, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %174 = stablehlo.reshape %147 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %175 = stablehlo.dynamic_update_slice %arg39, %174, %arg35, %arg33, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %176 = stablehlo.reshape %159 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %177 = stablehlo.dynamic_slice %173, %arg35, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %179 = stablehlo.dynamic_slice %175, %arg35, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %180 = stablehlo.reshape %179 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %181 = stablehlo.dot_general %176, %178, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %182 = stablehlo.multiply %181, %82 : tensor<2x8x2x32xf32>
    %183 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %184 = stablehlo.add %182, %183 : tensor<2x8x2x32xf32>
    %185 = stablehlo.reduce(%184 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %187 = stablehlo.subtract %184, %186 : tensor<2x8x2x32xf32>
    %188 = stablehlo.exponential %187 : tensor<2x8x2x32xf32>
    %189 = stablehlo.reduce(%188 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %191 = stablehlo.divide %188, %190 : tensor<2x8x2x32xf32>
    %192 = stablehlo.dot_general %191, %180, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %193 = stablehlo.transpose %192, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %194 = stablehlo.reshape %193 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %195 = stablehlo.dot_general %194, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %196 = stablehlo.add %120, %195 : tensor<8x64xf32>
    %197 = stablehlo.reduce(%196 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %198 = stablehlo.divide %197, %18 : tensor<8xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %200 = stablehlo.subtract %196, %199 : tensor<8x64xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<8x64xf32>
    %202 = stablehlo.reduce(%201 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %203 = stablehlo.divide %202, %18 : tensor<8xf32>
    %204 = stablehlo.add %203, %27 : tensor<8xf32>
    %205 = stablehlo.rsqrt %204 : tensor<8xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %207 = stablehlo.multiply %200, %206 : tensor<8x64xf32>
    %208 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %209 = stablehlo.multiply %208, %207 : tensor<8x64xf32>
    %210 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %211 = stablehlo.add %209, %210 : tensor<8x64xf32>
    %212 = stablehlo.dot_general %211, %arg29, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %213 = stablehlo.dot_general %211, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %214 = stablehlo.logistic %212 : tensor<8x128xf32>
    %215 = stablehlo.multiply %212, %214 : tensor<8x128xf32>
    %216 = stablehlo.multiply %215, %213 : tensor<8x128xf32>
    %217 = stablehlo.dot_general %216, %arg31, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %218 = stablehlo.add %196, %217 : tensor<8x64xf32> loc("layers.1.out")
    %219 = stablehlo.constant dense<1> : tensor<i32>
    %220 = stablehlo.subtract %arg34, %219 : tensor<i32>
    %221 = stablehlo.dynamic_slice %218, %220, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %222 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %223 = stablehlo.reduce(%221 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %224 = stablehlo.divide %223, %222 : tensor<1xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %226 = stablehlo.subtract %221, %225 : tensor<1x64xf32>
    %227 = stablehlo.multiply %226, %226 : tensor<1x64xf32>
    %228 = stablehlo.reduce(%227 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %229 = stablehlo.divide %228, %222 : tensor<1xf32>
    %230 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %231 = stablehlo.add %229, %230 : tensor<1xf32>
    %232 = stablehlo.rsqrt %231 : tensor<1xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %234 = stablehlo.multiply %226, %233 : tensor<1x64xf32>
    %235 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %236 = stablehlo.multiply %235, %234 : tensor<1x64xf32>
    %237 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %238 = stablehlo.add %236, %237 : tensor<1x64xf32> loc("final_norm")
    %239 = stablehlo.dot_general %238, %arg3, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %240 = stablehlo.reshape %239 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %240, %73, %75, %173, %175 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
