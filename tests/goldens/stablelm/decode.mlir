module @decode {
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
      %arg32: tensor<2xi32> loc("tokens"),
      %arg33: tensor<2xi32> loc("pos"),
      %arg34: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg35: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg36: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg37: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg33 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg33 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F40510A3FB9FC7F3F40510A3FB9FC7F3F3311D5BEE5F27F3F3311D5BEE5F27F3F26707DBF83E27F3F26707DBF83E27F3F305527BF94CB7F3F305527BF94CB7F3F2C3C913E19AE7F3F2C3C913E19AE7F3FB8CD753F128A7F3FB8CD753F128A7F3FBDFF403F815F7F3FBDFF403F815F7F3FF6FD14BE662E7F3FF6FD14BE662E7F3FD53F69BFC2F67E3FD53F69BFC2F67E3F64CD56BF98B87E3F64CD56BF98B87E3F7205913BE8737E3F7205913BE8737E3FD006583FB5287E3FD006583FB5287E3F6F4E683F00D77D3F6F4E683F00D77D3FD7040C3ECC7E7D3FD7040C3ECC7E7D3FE87A42BF1A207D3FE87A42BF1A207D3F2C2975BFEDBA7C3F2C2975BFEDBA7C3F36E28CBE494F7C3F36E28CBE494F7C3F840A293F2EDD7B3F840A293F2EDD7B3FBF1B7D3FA1647B3FBF1B7D3FA1647B3F22F0D03EA5E57A3F22F0D03EA5E57A3FFC370CBF3C607A3FFC370CBF3C607A3F6FFD7FBF6AD4793F6FFD7FBF6AD4793FBF6708BF3342793FBF6708BF3342793FFE2DD93E9BA9783FFE2DD93E9BA9783F78BF7D3FA50A783F78BF7D3FA50A783F819C253F5565773F819C253F5565773F389395BEB1B9763F389395BEB1B9763F576D76BFBB07763F576D76BFBB07763FB3803FBF794F753FB3803FBF794F753F18F41D3EEF90743F18F41D3EEF90743F8E2C6A3F22CC733F8E2C6A3F22CC733F"> : tensor<32x4xf32>
    %7 = stablehlo.reshape %arg33 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<32x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000A46A573F57D6233CA46A573F57D6233CB7C7683F3ED4A33CB7C7683F3ED4A33CC381103E1FB9F53CC381103E1FB9F53CCFBD41BFDBCB233DCFBD41BFDBCB233D107C75BFF4B64C3D107C75BFF4B64C3D8C0F8FBED19C753D8C0F8FBED19C753D4630283F323E8F3D4630283F323E8F3D95467D3F50AAA33D95467D3F50AAA33D3201D33E3E12B83D3201D33E3E12B83DF8440BBF7675CC3DF8440BBF7675CC3D5CFF7FBF72D3E03D5CFF7FBF72D3E03DD85C09BFAC2BF53DD85C09BFAC2BF53D2220D73ED0BE043E2220D73ED0BE043E72987D3F64E40E3E72987D3F64E40E3E4479263F4F06193E4479263F4F06193E106893BE5024233E106893BE5024233E251E76BF233E2D3E251E76BF233E2D3EB34040BF8753373EB34040BF8753373E6979193E3A64413E6979193E3A64413EC8B6693FF86F4B3EC8B6693FF86F4B3E102F563F8376553E102F563F8376553E150511BC96775F3E150511BC96775F3EE7A158BFF072693EE7A158BFF072693EFCD367BF5168733EFCD367BF5168733E388707BE77577D3E388707BE77577D3E0837433F10A0833E0837433F10A0833E0ED5743F0591883E0ED5743F0591883E2AB48A3E7D7E8D3E2AB48A3E7D7E8D3EE9E329BF5468923EE9E329BF5468923EA4EF7CBF6C4E973EA4EF7CBF6C4E973E06DECEBEA5309C3E06DECEBEA5309C3E"> : tensor<32x4xf32>
    %10 = stablehlo.reshape %arg33 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<32x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg33, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg32 : (tensor<2xi32>) -> tensor<2x1xi32>
    %19 = "stablehlo.gather"(%arg0, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %20 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %21 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %22 = stablehlo.reduce(%19 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %23 = stablehlo.divide %22, %20 : tensor<2xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %25 = stablehlo.subtract %19, %24 : tensor<2x64xf32>
    %26 = stablehlo.multiply %25, %25 : tensor<2x64xf32>
    %27 = stablehlo.reduce(%26 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %28 = stablehlo.divide %27, %20 : tensor<2xf32>
    %29 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %30 = stablehlo.add %28, %29 : tensor<2xf32>
    %31 = stablehlo.rsqrt %30 : tensor<2xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %33 = stablehlo.multiply %25, %32 : tensor<2x64xf32>
    %34 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %35 = stablehlo.multiply %34, %33 : tensor<2x64xf32>
    %36 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %37 = stablehlo.add %35, %36 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %38 = stablehlo.dot_general %37, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %39 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %40 = stablehlo.add %38, %39 : tensor<2x64xf32>
    %41 = stablehlo.reshape %40 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %42 = stablehlo.dot_general %37, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %43 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %44 = stablehlo.add %42, %43 : tensor<2x32xf32>
    %45 = stablehlo.reshape %44 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %46 = stablehlo.dot_general %37, %arg10, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %47 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %48 = stablehlo.add %46, %47 : tensor<2x32xf32>
    %49 = stablehlo.reshape %48 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %50 = stablehlo.slice %41 [0:2, 0:4, 0:4] : (tensor<2x4x16xf32>) -> tensor<2x4x4xf32>
    %51 = stablehlo.slice %50 [0:2, 0:4, 0:2] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %52 = stablehlo.slice %50 [0:2, 0:4, 2:4] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %53 = stablehlo.negate %52 : tensor<2x4x2xf32>
    %54 = stablehlo.concatenate %53, %51, dim = 2 : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x4xf32>
    %55 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %56 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %57 = stablehlo.multiply %54, %56 : tensor<2x4x4xf32>
    %58 = stablehlo.multiply %50, %55 : tensor<2x4x4xf32>
    %59 = stablehlo.add %58, %57 : tensor<2x4x4xf32>
    %60 = stablehlo.slice %41 [0:2, 0:4, 4:16] : (tensor<2x4x16xf32>) -> tensor<2x4x12xf32>
    %61 = stablehlo.concatenate %59, %60, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x12xf32>) -> tensor<2x4x16xf32> loc("layers.0.q")
    %62 = stablehlo.slice %45 [0:2, 0:2, 0:4] : (tensor<2x2x16xf32>) -> tensor<2x2x4xf32>
    %63 = stablehlo.slice %62 [0:2, 0:2, 0:2] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %64 = stablehlo.slice %62 [0:2, 0:2, 2:4] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %65 = stablehlo.negate %64 : tensor<2x2x2xf32>
    %66 = stablehlo.concatenate %65, %63, dim = 2 : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x4xf32>
    %67 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %68 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<2x2x4xf32>
    %70 = stablehlo.multiply %62, %67 : tensor<2x2x4xf32>
    %71 = stablehlo.add %70, %69 : tensor<2x2x4xf32>
    %72 = stablehlo.slice %45 [0:2, 0:2, 4:16] : (tensor<2x2x16xf32>) -> tensor<2x2x12xf32>
    %73 = stablehlo.concatenate %71, %72, dim = 2 : (tensor<2x2x4xf32>, tensor<2x2x12xf32>) -> tensor<2x2x16xf32> loc("layers.0.k")
    %74 = stablehlo.slice %73 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %76 = stablehlo.dynamic_update_slice %arg34, %75, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %77 = stablehlo.slice %73 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %79 = stablehlo.dynamic_update_slice %76, %78, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %80 = stablehlo.slice %49 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %82 = stablehlo.dynamic_update_slice %arg35, %81, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %83 = stablehlo.slice %49 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %85 = stablehlo.dynamic_update_slice %82, %84, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %86 = stablehlo.reshape %61 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %87 = stablehlo.dot_general %86, %79, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %88 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %89 = stablehlo.multiply %87, %88 : tensor<2x2x2x32xf32>
    %90 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %91 = stablehlo.add %89, %90 : tensor<2x2x2x32xf32>
    %92 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %93 = stablehlo.reduce(%91 init: %92) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<2x2x2x32xf32>
    %96 = stablehlo.exponential %95 : tensor<2x2x2x32xf32>
    %97 = stablehlo.reduce(%96 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %99 = stablehlo.divide %96, %98 : tensor<2x2x2x32xf32>
    %100 = stablehlo.dot_general %99, %85, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %101 = stablehlo.reshape %100 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %102 = stablehlo.dot_general %101, %arg12, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %103 = stablehlo.add %19, %102 : tensor<2x64xf32>
    %104 = stablehlo.reduce(%103 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %105 = stablehlo.divide %104, %20 : tensor<2xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %107 = stablehlo.subtract %103, %106 : tensor<2x64xf32>
    %108 = stablehlo.multiply %107, %107 : tensor<2x64xf32>
    %109 = stablehlo.reduce(%108 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %110 = stablehlo.divide %109, %20 : tensor<2xf32>
    %111 = stablehlo.add %110, %29 : tensor<2xf32>
    %112 = stablehlo.rsqrt %111 : tensor<2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %114 = stablehlo.multiply %107, %113 : tensor<2x64xf32>
    %115 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %116 = stablehlo.multiply %115, %114 : tensor<2x64xf32>
    %117 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %118 = stablehlo.add %116, %117 : tensor<2x64xf32>
    %119 = stablehlo.dot_general %118, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %120 = stablehlo.dot_general %118, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %121 = stablehlo.logistic %119 : tensor<2x128xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<2x128xf32>
    %123 = stablehlo.multiply %122, %120 : tensor<2x128xf32>
    %124 = stablehlo.dot_general %123, %arg17, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %125 = stablehlo.add %103, %124 : tensor<2x64xf32> loc("layers.0.out")
    %126 = stablehlo.reduce(%125 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %127 = stablehlo.divide %126, %20 : tensor<2xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %129 = stablehlo.subtract %125, %128 : tensor<2x64xf32>
    %130 = stablehlo.multiply %129, %129 : tensor<2x64xf32>
    %131 = stablehlo.reduce(%130 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %132 = stablehlo.divide %131, %20 : tensor<2xf32>
    %133 = stablehlo.add %132, %29 : tensor<2xf32>
    %134 = stablehlo.rsqrt %133 : tensor<2xf32>
    %135 = stablehlo.broadcast_in_dim %134, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %136 = stablehlo.multiply %129, %135 : tensor<2x64xf32>
    %137 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %138 = stablehlo.multiply %137, %136 : tensor<2x64xf32>
    %139 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %140 = stablehlo.add %138, %139 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %141 = stablehlo.dot_general %140, %arg20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %142 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %143 = stablehlo.add %141, %142 : tensor<2x64xf32>
    %144 = stablehlo.reshape %143 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %145 = stablehlo.dot_general %140, %arg22, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %146 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %147 = stablehlo.add %145, %146 : tensor<2x32xf32>
    %148 = stablehlo.reshape %147 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %149 = stablehlo.dot_general %140, %arg24, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %150 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %151 = stablehlo.add %149, %150 : tensor<2x32xf32>
    %152 = stablehlo.reshape %151 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %153 = stablehlo.slice %144 [0:2, 0:4, 0:4] : (tensor<2x4x16xf32>) -> tensor<2x4x4xf32>
    %154 = stablehlo.slice %153 [0:2, 0:4, 0:2] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %155 = stablehlo.slice %153 [0:2, 0:4, 2:4] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %156 = stablehlo.negate %155 : tensor<2x4x2xf32>
    %157 = stablehlo.concatenate %156, %154, dim = 2 : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x4xf32>
    %158 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %159 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<2x4x4xf32>
    %161 = stablehlo.multiply %153, %158 : tensor<2x4x4xf32>
    %162 = stablehlo.add %161, %160 : tensor<2x4x4xf32>
    %163 = stablehlo.slice %144 [0:2, 0:4, 4:16] : (tensor<2x4x16xf32>) -> tensor<2x4x12xf32>
    %164 = stablehlo.concatenate %162, %163, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x12xf32>) -> tensor<2x4x16xf32> loc("layers.1.q")
    %165 = stablehlo.slice %148 [0:2, 0:2, 0:4] : (tensor<2x2x16xf32>) -> tensor<2x2x4xf32>
    %166 = stablehlo.slice %165 [0:2, 0:2, 0:2] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %167 = stablehlo.slice %165 [0:2, 0:2, 2:4] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %168 = stablehlo.negate %167 : tensor<2x2x2xf32>
    %169 = stablehlo.concatenate %168, %166, dim = 2 : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x4xf32>
    %170 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %171 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<2x2x4xf32>
    %173 = stablehlo.multiply %165, %170 : tensor<2x2x4xf32>
    %174 = stablehlo.add %173, %172 : tensor<2x2x4xf32>
    %175 = stablehlo.slice %148 [0:2, 0:2, 4:16] : (tensor<2x2x16xf32>) -> tensor<2x2x12xf32>
    %176 = stablehlo.concatenate %174, %175, dim = 2 : (tensor<2x2x4xf32>, tensor<2x2x12xf32>) -> tensor<2x2x16xf32> loc("layers.1.k")
    %177 = stablehlo.slice %176 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %179 = stablehlo.dynamic_update_slice %arg36, %178, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %180 = stablehlo.slice %176 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %181 = stablehlo.reshape %180 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %182 = stablehlo.dynamic_update_slice %179, %181, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %183 = stablehlo.slice %152 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %185 = stablehlo.dynamic_update_slice %arg37, %184, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %186 = stablehlo.slice %152 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %188 = stablehlo.dynamic_update_slice %185, %187, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %189 = stablehlo.reshape %164 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %190 = stablehlo.dot_general %189, %182, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %191 = stablehlo.multiply %190, %88 : tensor<2x2x2x32xf32>
    %192 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %193 = stablehlo.add %191, %192 : tensor<2x2x2x32xf32>
    %194 = stablehlo.reduce(%193 init: %92) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %196 = stablehlo.subtract %193, %195 : tensor<2x2x2x32xf32>
    %197 = stablehlo.exponential %196 : tensor<2x2x2x32xf32>
    %198 = stablehlo.reduce(%197 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %200 = stablehlo.divide %197, %199 : tensor<2x2x2x32xf32>
    %201 = stablehlo.dot_general %200, %188, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %202 = stablehlo.reshape %201 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %203 = stablehlo.dot_general %202, %arg26, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %204 = stablehlo.add %125, %203 : tensor<2x64xf32>
    %205 = stablehlo.reduce(%204 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %206 = stablehlo.divide %205, %20 : tensor<2xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %208 = stablehlo.subtract %204, %207 : tensor<2x64xf32>
    %209 = stablehlo.multiply %208, %208 : tensor<2x64xf32>
    %210 = stablehlo.reduce(%209 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %211 = stablehlo.divide %210, %20 : tensor<2xf32>
    %212 = stablehlo.add %211, %29 : tensor<2xf32>
    %213 = stablehlo.rsqrt %212 : tensor<2xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %215 = stablehlo.multiply %208, %214 : tensor<2x64xf32>
    %216 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %217 = stablehlo.multiply %216, %215 : tensor<2x64xf32>
    %218 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %219 = stablehlo.add %217, %218 : tensor<2x64xf32>
    %220 = stablehlo.dot_general %219, %arg29, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %221 = stablehlo.dot_general %219, %arg30, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %222 = stablehlo.logistic %220 : tensor<2x128xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<2x128xf32>
    %224 = stablehlo.multiply %223, %221 : tensor<2x128xf32>
    %225 = stablehlo.dot_general %224, %arg31, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %226 = stablehlo.add %204, %225 : tensor<2x64xf32> loc("layers.1.out")
    %227 = stablehlo.reduce(%226 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %228 = stablehlo.divide %227, %20 : tensor<2xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %230 = stablehlo.subtract %226, %229 : tensor<2x64xf32>
    %231 = stablehlo.multiply %230, %230 : tensor<2x64xf32>
    %232 = stablehlo.reduce(%231 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %233 = stablehlo.divide %232, %20 : tensor<2xf32>
    %234 = stablehlo.add %233, %29 : tensor<2xf32>
    %235 = stablehlo.rsqrt %234 : tensor<2xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %237 = stablehlo.multiply %230, %236 : tensor<2x64xf32>
    %238 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %239 = stablehlo.multiply %238, %237 : tensor<2x64xf32>
    %240 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %241 = stablehlo.add %239, %240 : tensor<2x64xf32> loc("final_norm")
    %242 = stablehlo.dot_general %241, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %242, %79, %85, %182, %188 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
