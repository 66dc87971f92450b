module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<64xf32> loc("model.norm.bias"),
      %arg3: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<64xf32> loc("model.layers.0.input_layernorm.bias"),
      %arg5: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg6: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg7: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg8: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg9: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg10: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg11: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg12: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg13: tensor<64xf32> loc("model.layers.1.input_layernorm.bias"),
      %arg14: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg15: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg16: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg17: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg18: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg19: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg20: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
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
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F40510A3FB9FC7F3F40510A3FB9FC7F3F3311D5BEE5F27F3F3311D5BEE5F27F3F26707DBF83E27F3F26707DBF83E27F3F305527BF94CB7F3F305527BF94CB7F3F2C3C913E19AE7F3F2C3C913E19AE7F3FB8CD753F128A7F3FB8CD753F128A7F3FBDFF403F815F7F3FBDFF403F815F7F3FF6FD14BE662E7F3FF6FD14BE662E7F3FD53F69BFC2F67E3FD53F69BFC2F67E3F64CD56BF98B87E3F64CD56BF98B87E3F7205913BE8737E3F7205913BE8737E3FD006583FB5287E3FD006583FB5287E3F6F4E683F00D77D3F6F4E683F00D77D3FD7040C3ECC7E7D3FD7040C3ECC7E7D3FE87A42BF1A207D3FE87A42BF1A207D3F2C2975BFEDBA7C3F2C2975BFEDBA7C3F36E28CBE494F7C3F36E28CBE494F7C3F840A293F2EDD7B3F840A293F2EDD7B3FBF1B7D3FA1647B3FBF1B7D3FA1647B3F22F0D03EA5E57A3F22F0D03EA5E57A3FFC370CBF3C607A3FFC370CBF3C607A3F6FFD7FBF6AD4793F6FFD7FBF6AD4793FBF6708BF3342793FBF6708BF3342793FFE2DD93E9BA9783FFE2DD93E9BA9783F78BF7D3FA50A783F78BF7D3FA50A783F819C253F5565773F819C253F5565773F389395BEB1B9763F389395BEB1B9763F576D76BFBB07763F576D76BFBB07763FB3803FBF794F753FB3803FBF794F753F18F41D3EEF90743F18F41D3EEF90743F8E2C6A3F22CC733F8E2C6A3F22CC733F"> : tensor<32x4xf32>
    %7 = stablehlo.reshape %arg22 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<32x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000A46A573F57D6233CA46A573F57D6233CB7C7683F3ED4A33CB7C7683F3ED4A33CC381103E1FB9F53CC381103E1FB9F53CCFBD41BFDBCB233DCFBD41BFDBCB233D107C75BFF4B64C3D107C75BFF4B64C3D8C0F8FBED19C753D8C0F8FBED19C753D4630283F323E8F3D4630283F323E8F3D95467D3F50AAA33D95467D3F50AAA33D3201D33E3E12B83D3201D33E3E12B83DF8440BBF7675CC3DF8440BBF7675CC3D5CFF7FBF72D3E03D5CFF7FBF72D3E03DD85C09BFAC2BF53DD85C09BFAC2BF53D2220D73ED0BE043E2220D73ED0BE043E72987D3F64E40E3E72987D3F64E40E3E4479263F4F06193E4479263F4F06193E106893BE5024233E106893BE5024233E251E76BF233E2D3E251E76BF233E2D3EB34040BF8753373EB34040BF8753373E6979193E3A64413E6979193E3A64413EC8B6693FF86F4B3EC8B6693FF86F4B3E102F563F8376553E102F563F8376553E150511BC96775F3E150511BC96775F3EE7A158BFF072693EE7A158BFF072693EFCD367BF5168733EFCD367BF5168733E388707BE77577D3E388707BE77577D3E0837433F10A0833E0837433F10A0833E0ED5743F0591883E0ED5743F0591883E2AB48A3E7D7E8D3E2AB48A3E7D7E8D3EE9E329BF5468923EE9E329BF5468923EA4EF7CBF6C4E973EA4EF7CBF6C4E973E06DECEBEA5309C3E06DECEBEA5309C3E"> : tensor<32x4xf32>
    %10 = stablehlo.reshape %arg22 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>}> : (tensor<32x4xf32>, tensor<2x1xi32>) -> tensor<2x4xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg22, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg21 : (tensor<2xi32>) -> tensor<2x1xi32>
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
    %34 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %35 = stablehlo.multiply %34, %33 : tensor<2x64xf32>
    %36 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %37 = stablehlo.add %35, %36 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %38 = stablehlo.dot_general %37, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %39 = stablehlo.reshape %38 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %40 = stablehlo.dot_general %37, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %42 = stablehlo.dot_general %37, %arg7, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %44 = stablehlo.slice %39 [0:2, 0:4, 0:4] : (tensor<2x4x16xf32>) -> tensor<2x4x4xf32>
    %45 = stablehlo.slice %44 [0:2, 0:4, 0:2] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %46 = stablehlo.slice %44 [0:2, 0:4, 2:4] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %47 = stablehlo.negate %46 : tensor<2x4x2xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 2 : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x4xf32>
    %49 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %50 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %51 = stablehlo.multiply %48, %50 : tensor<2x4x4xf32>
    %52 = stablehlo.multiply %44, %49 : tensor<2x4x4xf32>
    %53 = stablehlo.add %52, %51 : tensor<2x4x4xf32>
    %54 = stablehlo.slice %39 [0:2, 0:4, 4:16] : (tensor<2x4x16xf32>) -> tensor<2x4x12xf32>
    %55 = stablehlo.concatenate %53, %54, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x12xf32>) -> tensor<2x4x16xf32> loc("layers.0.q")
    %56 = stablehlo.slice %41 [0:2, 0:2, 0:4] : (tensor<2x2x16xf32>) -> tensor<2x2x4xf32>
    %57 = stablehlo.slice %56 [0:2, 0:2, 0:2] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %58 = stablehlo.slice %56 [0:2, 0:2, 2:4] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %59 = stablehlo.negate %58 : tensor<2x2x2xf32>
    %60 = stablehlo.concatenate %59, %57, dim = 2 : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x4xf32>
    %61 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %62 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %63 = stablehlo.multiply %60, %62 : tensor<2x2x4xf32>
    %64 = stablehlo.multiply %56, %61 : tensor<2x2x4xf32>
    %65 = stablehlo.add %64, %63 : tensor<2x2x4xf32>
    %66 = stablehlo.slice %41 [0:2, 0:2, 4:16] : (tensor<2x2x16xf32>) -> tensor<2x2x12xf32>
    %67 = stablehlo.concatenate %65, %66, dim = 2 : (tensor<2x2x4xf32>, tensor<2x2x12xf32>) -> tensor<2x2x16xf32> loc("layers.0.k")
    %68 = stablehlo.slice %67 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %70 = stablehlo.dynamic_update_slice %arg23, %69, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %71 = stablehlo.slice %67 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %73 = stablehlo.dynamic_update_slice %70, %72, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %74 = stablehlo.slice %43 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %76 = stablehlo.dynamic_update_slice %arg24, %75, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %77 = stablehlo.slice %43 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %79 = stablehlo.dynamic_update_slice %76, %78, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %80 = stablehlo.reshape %55 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %81 = stablehlo.dot_general %80, %73, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %82 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<2x2x2x32xf32>
    %84 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %85 = stablehlo.add %83, %84 : tensor<2x2x2x32xf32>
    %86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %87 = stablehlo.reduce(%85 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %89 = stablehlo.subtract %85, %88 : tensor<2x2x2x32xf32>
    %90 = stablehlo.exponential %89 : tensor<2x2x2x32xf32>
    %91 = stablehlo.reduce(%90 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %93 = stablehlo.divide %90, %92 : tensor<2x2x2x32xf32>
    %94 = stablehlo.dot_general %93, %79, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %95 = stablehlo.reshape %94 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %96 = stablehlo.dot_general %95, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %97 = stablehlo.dot_general %37, %arg9, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %98 = stablehlo.dot_general %37, %arg10, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %99 = stablehlo.logistic %97 : tensor<2x128xf32>
    %100 = stablehlo.multiply %97, %99 : tensor<2x128xf32>
    %101 = stablehlo.multiply %100, %98 : tensor<2x128xf32>
    %102 = stablehlo.dot_general %101, %arg11, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %103 = stablehlo.add %19, %96 : tensor<2x64xf32>
    %104 = stablehlo.add %103, %102 : tensor<2x64xf32> loc("layers.0.out")
    %105 = stablehlo.reduce(%104 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %106 = stablehlo.divide %105, %20 : tensor<2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %108 = stablehlo.subtract %104, %107 : tensor<2x64xf32>
    %109 = stablehlo.multiply %108, %108 : tensor<2x64xf32>
    %110 = stablehlo.reduce(%109 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %111 = stablehlo.divide %110, %20 : tensor<2xf32>
    %112 = stablehlo.add %111, %29 : tensor<2xf32>
    %113 = stablehlo.rsqrt %112 : tensor<2xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %115 = stablehlo.multiply %108, %114 : tensor<2x64xf32>
    %116 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %117 = stablehlo.multiply %116, %115 : tensor<2x64xf32>
    %118 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %119 = stablehlo.add %117, %118 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %120 = stablehlo.dot_general %119, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %121 = stablehlo.reshape %120 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %122 = stablehlo.dot_general %119, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %123 = stablehlo.reshape %122 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %124 = stablehlo.dot_general %119, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %125 = stablehlo.reshape %124 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %126 = stablehlo.slice %121 [0:2, 0:4, 0:4] : (tensor<2x4x16xf32>) -> tensor<2x4x4xf32>
    %127 = stablehlo.slice %126 [0:2, 0:4, 0:2] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %128 = stablehlo.slice %126 [0:2, 0:4, 2:4] : (tensor<2x4x4xf32>) -> tensor<2x4x2xf32>
    %129 = stablehlo.negate %128 : tensor<2x4x2xf32>
    %130 = stablehlo.concatenate %129, %127, dim = 2 : (tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x4xf32>
    %131 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %132 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<2x4x4xf32>
    %134 = stablehlo.multiply %126, %131 : tensor<2x4x4xf32>
    %135 = stablehlo.add %134, %133 : tensor<2x4x4xf32>
    %136 = stablehlo.slice %121 [0:2, 0:4, 4:16] : (tensor<2x4x16xf32>) -> tensor<2x4x12xf32>
    %137 = stablehlo.concatenate %135, %136, dim = 2 : (tensor<2x4x4xf32>, tensor<2x4x12xf32>) -> tensor<2x4x16xf32> loc("layers.1.q")
    %138 = stablehlo.slice %123 [0:2, 0:2, 0:4] : (tensor<2x2x16xf32>) -> tensor<2x2x4xf32>
    %139 = stablehlo.slice %138 [0:2, 0:2, 0:2] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %140 = stablehlo.slice %138 [0:2, 0:2, 2:4] : (tensor<2x2x4xf32>) -> tensor<2x2x2xf32>
    %141 = stablehlo.negate %140 : tensor<2x2x2xf32>
    %142 = stablehlo.concatenate %141, %139, dim = 2 : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x4xf32>
    %143 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %144 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x4xf32>) -> tensor<2x2x4xf32>
    %145 = stablehlo.multiply %142, %144 : tensor<2x2x4xf32>
    %146 = stablehlo.multiply %138, %143 : tensor<2x2x4xf32>
    %147 = stablehlo.add %146, %145 : tensor<2x2x4xf32>
    %148 = stablehlo.slice %123 [0:2, 0:2, 4:16] : (tensor<2x2x16xf32>) -> tensor<2x2x12xf32>
    %149 = stablehlo.concatenate %147, %148, dim = 2 : (tensor<2x2x4xf32>, tensor<2x2x12xf32>) -> tensor<2x2x16xf32> loc("layers.1.k")
    %150 = stablehlo.slice %149 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %152 = stablehlo.dynamic_update_slice %arg25, %151, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %153 = stablehlo.slice %149 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %155 = stablehlo.dynamic_update_slice %152, %154, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %156 = stablehlo.slice %125 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %158 = stablehlo.dynamic_update_slice %arg26, %157, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %159 = stablehlo.slice %125 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %161 = stablehlo.dynamic_update_slice %158, %160, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %162 = stablehlo.reshape %137 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %163 = stablehlo.dot_general %162, %155, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %164 = stablehlo.multiply %163, %82 : tensor<2x2x2x32xf32>
    %165 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %166 = stablehlo.add %164, %165 : tensor<2x2x2x32xf32>
    %167 = stablehlo.reduce(%166 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %169 = stablehlo.subtract %166, %168 : tensor<2x2x2x32xf32>
    %170 = stablehlo.exponential %169 : tensor<2x2x2x32xf32>
    %171 = stablehlo.reduce(%170 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %173 = stablehlo.divide %170, %172 : tensor<2x2x2x32xf32>
    %174 = stablehlo.dot_general %173, %161, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %175 = stablehlo.reshape %174 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %176 = stablehlo.dot_general %175, %arg17, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %177 = stablehlo.dot_general %119, %arg18, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %178 = stablehlo.dot_general %119, %arg19, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %179 = stablehlo.logistic %177 : tensor<2x128xf32>
    %180 = stablehlo.multiply %177, %179 : tensor<2x128xf32>
    %181 = stablehlo.multiply %180, %178 : tensor<2x128xf32>
    %182 = stablehlo.dot_general %181, %arg20, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %183 = stablehlo.add %104, %176 : tensor<2x64xf32>
    %184 = stablehlo.add %183, %182 : tensor<2x64xf32> loc("layers.1.out")
    %185 = stablehlo.reduce(%184 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %186 = stablehlo.divide %185, %20 : tensor<2xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %188 = stablehlo.subtract %184, %187 : tensor<2x64xf32>
    %189 = stablehlo.multiply %188, %188 : tensor<2x64xf32>
    %190 = stablehlo.reduce(%189 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %191 = stablehlo.divide %190, %20 : tensor<2xf32>
    %192 = stablehlo.add %191, %29 : tensor<2xf32>
    %193 = stablehlo.rsqrt %192 : tensor<2xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %195 = stablehlo.multiply %188, %194 : tensor<2x64xf32>
    %196 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %197 = stablehlo.multiply %196, %195 : tensor<2x64xf32>
    %198 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %199 = stablehlo.add %197, %198 : tensor<2x64xf32> loc("final_norm")
    %200 = stablehlo.dot_general %199, %arg0, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %200, %73, %79, %155, %161 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
