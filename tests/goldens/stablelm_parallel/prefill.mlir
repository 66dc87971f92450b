module @prefill {
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
    %16 = stablehlo.reshape %arg21 : (tensor<8xi32>) -> tensor<8x1xi32>
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
    %32 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %33 = stablehlo.multiply %32, %31 : tensor<8x64xf32>
    %34 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %35 = stablehlo.add %33, %34 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %36 = stablehlo.dot_general %35, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %38 = stablehlo.dot_general %35, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %40 = stablehlo.dot_general %35, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %42 = stablehlo.slice %37 [0:8, 0:4, 0:4] : (tensor<8x4x16xf32>) -> tensor<8x4x4xf32>
    %43 = stablehlo.slice %42 [0:8, 0:4, 0:2] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %44 = stablehlo.slice %42 [0:8, 0:4, 2:4] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %45 = stablehlo.negate %44 : tensor<8x4x2xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<8x4x2xf32>, tensor<8x4x2xf32>) -> tensor<8x4x4xf32>
    %47 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %48 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<8x4x4xf32>
    %50 = stablehlo.multiply %42, %47 : tensor<8x4x4xf32>
    %51 = stablehlo.add %50, %49 : tensor<8x4x4xf32>
    %52 = stablehlo.slice %37 [0:8, 0:4, 4:16] : (tensor<8x4x16xf32>) -> tensor<8x4x12xf32>
    %53 = stablehlo.concatenate %51, %52, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x12xf32>) -> tensor<8x4x16xf32> loc("layers.0.q")
    %54 = stablehlo.slice %39 [0:8, 0:2, 0:4] : (tensor<8x2x16xf32>) -> tensor<8x2x4xf32>
    %55 = stablehlo.slice %54 [0:8, 0:2, 0:2] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %56 = stablehlo.slice %54 [0:8, 0:2, 2:4] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %57 = stablehlo.negate %56 : tensor<8x2x2xf32>
    %58 = stablehlo.concatenate %57, %55, dim = 2 : (tensor<8x2x2xf32>, tensor<8x2x2xf32>) -> tensor<8x2x4xf32>
    %59 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %60 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %61 = stablehlo.multiply %58, %60 : tensor<8x2x4xf32>
    %62 = stablehlo.multiply %54, %59 : tensor<8x2x4xf32>
    %63 = stablehlo.add %62, %61 : tensor<8x2x4xf32>
    %64 = stablehlo.slice %39 [0:8, 0:2, 4:16] : (tensor<8x2x16xf32>) -> tensor<8x2x12xf32>
    %65 = stablehlo.concatenate %63, %64, dim = 2 : (tensor<8x2x4xf32>, tensor<8x2x12xf32>) -> tensor<8x2x16xf32> loc("layers.0.k")
    %66 = stablehlo.reshape %65 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %67 = stablehlo.dynamic_update_slice %arg25, %66, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %68 = stablehlo.reshape %41 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %69 = stablehlo.dynamic_update_slice %arg26, %68, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %70 = stablehlo.reshape %53 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %71 = stablehlo.dynamic_slice %67, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %73 = stablehlo.dynamic_slice %69, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %75 = stablehlo.dot_general %70, %72, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %76 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<2x8x2x32xf32>
    %78 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %79 = stablehlo.add %77, %78 : tensor<2x8x2x32xf32>
    %80 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %81 = stablehlo.reduce(%79 init: %80) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %83 = stablehlo.subtract %79, %82 : tensor<2x8x2x32xf32>
    %84 = stablehlo.exponential %83 : tensor<2x8x2x32xf32>
    %85 = stablehlo.reduce(%84 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %87 = stablehlo.divide %84, %86 : tensor<2x8x2x32xf32>
    %88 = stablehlo.dot_general %87, %74, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %89 = stablehlo.transpose %88, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %90 = stablehlo.reshape %89 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %91 = stablehlo.dot_general %90, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %92 = stablehlo.dot_general %35, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %93 = stablehlo.dot_general %35, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %94 = stablehlo.logistic %92 : tensor<8x128xf32>
    %95 = stablehlo.multiply %92, %94 : tensor<8x128xf32>
    %96 = stablehlo.multiply %95, %93 : tensor<8x128xf32>
    %97 = stablehlo.dot_general %96, %arg11, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %98 = stablehlo.add %17, %91 : tensor<8x64xf32>
    %99 = stablehlo.add %98, %97 : tensor<8x64xf32> loc("layers.0.out")
    %100 = stablehlo.reduce(%99 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %101 = stablehlo.divide %100, %18 : tensor<8xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.subtract %99, %102 : tensor<8x64xf32>
    %104 = stablehlo.multiply %103, %103 : tensor<8x64xf32>
    %105 = stablehlo.reduce(%104 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %106 = stablehlo.divide %105, %18 : tensor<8xf32>
    %107 = stablehlo.add %106, %27 : tensor<8xf32>
    %108 = stablehlo.rsqrt %107 : tensor<8xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %110 = stablehlo.multiply %103, %109 : tensor<8x64xf32>
    %111 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %112 = stablehlo.multiply %111, %110 : tensor<8x64xf32>
    %113 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %114 = stablehlo.add %112, %113 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %115 = stablehlo.dot_general %114, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %116 = stablehlo.reshape %115 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %117 = stablehlo.dot_general %114, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %118 = stablehlo.reshape %117 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %119 = stablehlo.dot_general %114, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %120 = stablehlo.reshape %119 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %121 = stablehlo.slice %116 [0:8, 0:4, 0:4] : (tensor<8x4x16xf32>) -> tensor<8x4x4xf32>
    %122 = stablehlo.slice %121 [0:8, 0:4, 0:2] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %123 = stablehlo.slice %121 [0:8, 0:4, 2:4] : (tensor<8x4x4xf32>) -> tensor<8x4x2xf32>
    %124 = stablehlo.negate %123 : tensor<8x4x2xf32>
    %125 = stablehlo.concatenate %124, %122, dim = 2 : (tensor<8x4x2xf32>, tensor<8x4x2xf32>) -> tensor<8x4x4xf32>
    %126 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %127 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x4x4xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<8x4x4xf32>
    %129 = stablehlo.multiply %121, %126 : tensor<8x4x4xf32>
    %130 = stablehlo.add %129, %128 : tensor<8x4x4xf32>
    %131 = stablehlo.slice %116 [0:8, 0:4, 4:16] : (tensor<8x4x16xf32>) -> tensor<8x4x12xf32>
    %132 = stablehlo.concatenate %130, %131, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x12xf32>) -> tensor<8x4x16xf32> loc("layers.1.q")
    %133 = stablehlo.slice %118 [0:8, 0:2, 0:4] : (tensor<8x2x16xf32>) -> tensor<8x2x4xf32>
    %134 = stablehlo.slice %133 [0:8, 0:2, 0:2] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %135 = stablehlo.slice %133 [0:8, 0:2, 2:4] : (tensor<8x2x4xf32>) -> tensor<8x2x2xf32>
    %136 = stablehlo.negate %135 : tensor<8x2x2xf32>
    %137 = stablehlo.concatenate %136, %134, dim = 2 : (tensor<8x2x2xf32>, tensor<8x2x2xf32>) -> tensor<8x2x4xf32>
    %138 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %139 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x4xf32>) -> tensor<8x2x4xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<8x2x4xf32>
    %141 = stablehlo.multiply %133, %138 : tensor<8x2x4xf32>
    %142 = stablehlo.add %141, %140 : tensor<8x2x4xf32>
    %143 = stablehlo.slice %118 [0:8, 0:2, 4:16] : (tensor<8x2x16xf32>) -> tensor<8x2x12xf32>
    %144 = stablehlo.concatenate %142, %143, dim = 2 : (tensor<8x2x4xf32>, tensor<8x2x12xf32>) -> tensor<8x2x16xf32> loc("layers.1.k")
    %145 = stablehlo.reshape %144 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %146 = stablehlo.dynamic_update_slice %arg27, %145, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %147 = stablehlo.reshape %120 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %148 = stablehlo.dynamic_update_slice %arg28, %147, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %149 = stablehlo.reshape %132 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %150 = stablehlo.dynamic_slice %146, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %152 = stablehlo.dynamic_slice %148, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %154 = stablehlo.dot_general %149, %151, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %155 = stablehlo.multiply %154, %76 : tensor<2x8x2x32xf32>
    %156 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %157 = stablehlo.add %155, %156 : tensor<2x8x2x32xf32>
    %158 = stablehlo.reduce(%157 init: %80) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %160 = stablehlo.subtract %157, %159 : tensor<2x8x2x32xf32>
    %161 = stablehlo.exponential %160 : tensor<2x8x2x32xf32>
    %162 = stablehlo.reduce(%161 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %164 = stablehlo.divide %161, %163 : tensor<2x8x2x32xf32>
    %165 = stablehlo.dot_general %164, %153, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %166 = stablehlo.transpose %165, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %167 = stablehlo.reshape %166 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %168 = stablehlo.dot_general %167, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %169 = stablehlo.dot_general %114, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %170 = stablehlo.dot_general %114, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %171 = stablehlo.logistic %169 : tensor<8x128xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<8x128xf32>
    %173 = stablehlo.multiply %172, %170 : tensor<8x128xf32>
    %174 = stablehlo.dot_general %173, %arg20, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %175 = stablehlo.add %99, %168 : tensor<8x64xf32>
    %176 = stablehlo.add %175, %174 : tensor<8x64xf32> loc("layers.1.out")
    %177 = stablehlo.constant dense<1> : tensor<i32>
    %178 = stablehlo.subtract %arg23, %177 : tensor<i32>
    %179 = stablehlo.dynamic_slice %176, %178, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %180 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %181 = stablehlo.reduce(%179 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %182 = stablehlo.divide %181, %180 : tensor<1xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %184 = stablehlo.subtract %179, %183 : tensor<1x64xf32>
    %185 = stablehlo.multiply %184, %184 : tensor<1x64xf32>
    %186 = stablehlo.reduce(%185 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %187 = stablehlo.divide %186, %180 : tensor<1xf32>
    %188 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %189 = stablehlo.add %187, %188 : tensor<1xf32>
    %190 = stablehlo.rsqrt %189 : tensor<1xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %192 = stablehlo.multiply %184, %191 : tensor<1x64xf32>
    %193 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %194 = stablehlo.multiply %193, %192 : tensor<1x64xf32>
    %195 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %196 = stablehlo.add %194, %195 : tensor<1x64xf32> loc("final_norm")
    %197 = stablehlo.dot_general %196, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %198, %67, %69, %146, %148 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
