module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg3: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg6: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg7: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg8: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg9: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg10: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg11: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg12: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg13: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg14: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg15: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg16: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg17: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg18: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg19: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg20: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg21: tensor<64x64xf32> loc("model.layers.2.self_attn.q_proj.weight"),
      %arg22: tensor<32x64xf32> loc("model.layers.2.self_attn.k_proj.weight"),
      %arg23: tensor<32x64xf32> loc("model.layers.2.self_attn.v_proj.weight"),
      %arg24: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg25: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg26: tensor<128x64xf32> loc("model.layers.2.mlp.gate_proj.weight"),
      %arg27: tensor<128x64xf32> loc("model.layers.2.mlp.up_proj.weight"),
      %arg28: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg29: tensor<64xf32> loc("model.layers.3.input_layernorm.weight"),
      %arg30: tensor<64x64xf32> loc("model.layers.3.self_attn.q_proj.weight"),
      %arg31: tensor<32x64xf32> loc("model.layers.3.self_attn.k_proj.weight"),
      %arg32: tensor<32x64xf32> loc("model.layers.3.self_attn.v_proj.weight"),
      %arg33: tensor<64x64xf32> loc("model.layers.3.self_attn.o_proj.weight"),
      %arg34: tensor<64xf32> loc("model.layers.3.post_attention_layernorm.weight"),
      %arg35: tensor<128x64xf32> loc("model.layers.3.mlp.gate_proj.weight"),
      %arg36: tensor<128x64xf32> loc("model.layers.3.mlp.up_proj.weight"),
      %arg37: tensor<64x128xf32> loc("model.layers.3.mlp.down_proj.weight"),
      %arg38: tensor<2xi32> loc("tokens"),
      %arg39: tensor<2xi32> loc("pos"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg44: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg45: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"),
      %arg46: tensor<2x32x2x16xf32> {tf.aliasing_output = 7 : i32} loc("cache.k.3"),
      %arg47: tensor<2x32x2x16xf32> {tf.aliasing_output = 8 : i32} loc("cache.v.3"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg39 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg39 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F949A7C3FD5E87F3F62FF7F3FFCFF7F3F0000803F0000803F0000803F40510A3F949A7C3FD5E87F3F62FF7F3FFCFF7F3F0000803F0000803F0000803F3311D5BE6381723F57A37F3F89FD7F3FEFFF7F3F0000803F0000803F0000803F3311D5BE6381723F57A37F3F89FD7F3FEFFF7F3F0000803F0000803F0000803F26707DBF03F9613F942F7F3F74FA7F3FDAFF7F3FFFFF7F3F0000803F0000803F26707DBF03F9613F942F7F3F74FA7F3FDAFF7F3FFFFF7F3F0000803F0000803F305527BFC1714B3F9F8D7E3F24F67F3FBDFF7F3FFEFF7F3F0000803F0000803F305527BFC1714B3F9F8D7E3F24F67F3FBDFF7F3FFEFF7F3F0000803F0000803F2C3C913EA1842F3F97BD7D3F99F07F3F97FF7F3FFDFF7F3F0000803F0000803F2C3C913EA1842F3F97BD7D3F99F07F3F97FF7F3FFDFF7F3F0000803F0000803FB8CD753F54EF0E3FA1BF7C3FD2E97F3F69FF7F3FFCFF7F3F0000803F0000803FB8CD753F54EF0E3FA1BF7C3FD2E97F3F69FF7F3FFCFF7F3F0000803F0000803FBDFF403F511ED53EEC937B3FD0E17F3F32FF7F3FFBFF7F3F0000803F0000803FBDFF403F511ED53EEC937B3FD0E17F3F32FF7F3FFBFF7F3F0000803F0000803FF6FD14BE6AB6863EAC3A7A3F92D87F3FF4FE7F3FF9FF7F3F0000803F0000803FF6FD14BE6AB6863EAC3A7A3F92D87F3FF4FE7F3FF9FF7F3F0000803F0000803FD53F69BFFEEDD23D22B4783F19CE7F3FACFE7F3FF7FF7F3F0000803F0000803FD53F69BFFEEDD23D22B4783F19CE7F3FACFE7F3FF7FF7F3F0000803F0000803F64CD56BFE12C75BD9300773F65C27F3F5DFE7F3FF5FF7F3F0000803F0000803F64CD56BFE12C75BD9300773F65C27F3F5DFE7F3FF5FF7F3F0000803F0000803F7205913B136D62BE4E20753F76B57F3F04FE7F3FF3FF7F3F0000803F0000803F7205913B136D62BE4E20753F76B57F3F04FE7F3FF3FF7F3F0000803F0000803FD006583F7CC6C0BEAB13733F4CA77F3FA4FD7F3FF0FF7F3F0000803F0000803FD006583F7CC6C0BEAB13733F4CA77F3FA4FD7F3FF0FF7F3F0000803F0000803F6F4E683F869C05BF08DB703FE6977F3F3BFD7F3FEDFF7F3FFFFF7F3F0000803F6F4E683F869C05BF08DB703FE6977F3F3BFD7F3FEDFF7F3FFFFF7F3F0000803FD7040C3E454A27BFCC766E3F46877F3FCAFC7F3FEAFF7F3FFFFF7F3F0000803FD7040C3E454A27BFCC766E3F46877F3FCAFC7F3FEAFF7F3FFFFF7F3F0000803FE87A42BFB68744BF66E76B3F6B757F3F50FC7F3FE7FF7F3FFFFF7F3F0000803FE87A42BFB68744BF66E76B3F6B757F3F50FC7F3FE7FF7F3FFFFF7F3F0000803F2C2975BF448E5CBF4C2D693F55627F3FCEFB7F3FE3FF7F3FFFFF7F3F0000803F2C2975BF448E5CBF4C2D693F55627F3FCEFB7F3FE3FF7F3FFFFF7F3F0000803F36E28CBEB9BA6EBFFE48663F044E7F3F44FB7F3FE0FF7F3FFFFF7F3F0000803F36E28CBEB9BA6EBFFE48663F044E7F3F44FB7F3FE0FF7F3FFFFF7F3F0000803F840A293FA5917ABF013B633F79387F3FB1FA7F3FDCFF7F3FFFFF7F3F0000803F840A293FA5917ABF013B633F79387F3FB1FA7F3FDCFF7F3FFFFF7F3F0000803FBF1B7D3F9FC27FBFE203603FB3217F3F16FA7F3FD8FF7F3FFFFF7F3F0000803FBF1B7D3F9FC27FBFE203603FB3217F3F16FA7F3FD8FF7F3FFFFF7F3F0000803F22F0D03E622A7EBF37A45C3FB3097F3F72F97F3FD3FF7F3FFFFF7F3F0000803F22F0D03E622A7EBF37A45C3FB3097F3F72F97F3FD3FF7F3FFFFF7F3F0000803FFC370CBFC4D375BF9B1C593F79F07E3FC6F87F3FCFFF7F3FFFFF7F3F0000803FFC370CBFC4D375BF9B1C593F79F07E3FC6F87F3FCFFF7F3FFFFF7F3F0000803F6FFD7FBF67F766BFB36D553F04D67E3F12F87F3FCAFF7F3FFFFF7F3F0000803F6FFD7FBF67F766BFB36D553F04D67E3F12F87F3FCAFF7F3FFFFF7F3F0000803FBF6708BF3CFA51BF2A98513F55BA7E3F55F77F3FC5FF7F3FFEFF7F3F0000803FBF6708BF3CFA51BF2A98513F55BA7E3F55F77F3FC5FF7F3FFEFF7F3F0000803FFE2DD93ED66A37BFB09C4D3F6D9D7E3F90F67F3FC0FF7F3FFEFF7F3F0000803FFE2DD93ED66A37BFB09C4D3F6D9D7E3F90F67F3FC0FF7F3FFEFF7F3F0000803F78BF7D3F95FD17BFFE7B493F4B7F7E3FC3F57F3FBAFF7F3FFEFF7F3F0000803F78BF7D3F95FD17BFFE7B493F4B7F7E3FC3F57F3FBAFF7F3FFEFF7F3F0000803F819C253FF40FE9BED436453FEF5F7E3FEDF47F3FB5FF7F3FFEFF7F3F0000803F819C253FF40FE9BED436453FEF5F7E3FEDF47F3FB5FF7F3FFEFF7F3F0000803F389395BEB5F59BBEF7CD403F593F7E3F0EF47F3FAFFF7F3FFEFF7F3F0000803F389395BEB5F59BBEF7CD403F593F7E3F0EF47F3FAFFF7F3FFEFF7F3F0000803F576D76BF237015BE34423C3F8B1D7E3F28F37F3FA9FF7F3FFEFF7F3F0000803F576D76BF237015BE34423C3F8B1D7E3F28F37F3FA9FF7F3FFEFF7F3F0000803FB3803FBF6C10883C5D94373F83FA7D3F39F27F3FA2FF7F3FFEFF7F3F0000803FB3803FBF6C10883C5D94373F83FA7D3F39F27F3FA2FF7F3FFEFF7F3F0000803F18F41D3EB800373E4CC5323F42D67D3F41F17F3F9CFF7F3FFDFF7F3F0000803F18F41D3EB800373E4CC5323F42D67D3F41F17F3F9CFF7F3FFDFF7F3F0000803F8E2C6A3F3E12AC3EDFD52D3FC8B07D3F41F07F3F95FF7F3FFDFF7F3F0000803F8E2C6A3F3E12AC3EDFD52D3FC8B07D3F41F07F3F95FF7F3FFDFF7F3F0000803F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg39 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F573E263ECECFD93CF1168E3B205D393A0ED1F1382BBB9D37B5C44D36A46A573F573E263ECECFD93CF1168E3B205D393A0ED1F1382BBB9D37B5C44D36B7C7683FC009A43E17BC593D99160E3C1D5DB93A0ED171392BBB1D38B5C4CD36B7C7683FC009A43E17BC593D99160E3C1D5DB93A0ED171392BBB1D38B5C4CD36C381103E209AF03E6F34A33D0B21553CD2050B3BCA5CB539C0986C3888531A37C381103E209AF03E6F34A33D0B21553CD2050B3BCA5CB539C0986C3888531A37CFBD41BF20641B3F486DD93D3B158E3C115D393B0DD1F1392BBB9D38B5C44D37CFBD41BF20641B3F486DD93D3B158E3C115D393B0DD1F1392BBB9D38B5C44D37107C75BFB75B3A3F63BF073E4299B13C49B4673BA822173AF629C538F19A8037107C75BFB75B3A3F63BF073E4299B13C49B4673BA822173AF629C538F19A80378C0F8FBE7F61543F8FAF223E6D1CD53CBE058B3BC95C353AC098EC3888539A378C0F8FBE7F61543F8FAF223E6D1CD53CBE058B3BC95C353AC098EC3888539A374630283FB7C4683F49823D3E929EF83C5231A23BEA96533AC6030A391E0CB4374630283FB7C4683F49823D3E929EF83C5231A23BEA96533AC6030A391E0CB43795467D3FE3FA763FB632583EC20F0E3DE05CB93B0CD1713A2BBB1D39B5C4CD3795467D3FE3FA763FB632583EC20F0E3DE05CB93B0CD1713A2BBB1D39B5C4CD373201D33E7CA37E3F00BC723E8DCF1F3D6988D03B9605883A907231394C7DE7373201D33E7CA37E3F00BC723E8DCF1F3D6988D03B9605883A907231394C7DE737F8440BBF7E8A7F3FAD8C863E938E313DEAB3E73BA722973AF6294539F19A0038F8440BBF7E8A7F3FAD8C863E938E313DEAB3E73BA722973AF6294539F19A00385CFF7FBFC6A9793FFFA2933EBC4C433D65DFFE3BB73FA63A5BE158393C770D385CFF7FBFC6A9793FFFA2933EBC4C433D65DFFE3BB73FA63A5BE158393C770D38D85C09BF42296D3F999EA03EF609553D6C050B3CC65CB53AC0986C3988531A38D85C09BF42296D3F999EA03EF609553D6C050B3CC65CB53AC0986C3988531A382220D73EDC5D5A3F1F7DAD3E2AC6663D209B163CD679C43A13288039D32F27382220D73EDC5D5A3F1F7DAD3E2AC6663D209B163CD679C43A13288039D32F273872987D3F3DC7413F3E3CBA3E4081783DCF30223CE696D33AC6038A391E0C343872987D3F3DC7413F3E3CBA3E4081783DCF30223CE696D33AC6038A391E0C34384479263F6A0C243FA7D9C63E931D853D79C62D3CF6B3E23A78DF93396AE840384479263F6A0C243FA7D9C63E931D853D79C62D3CF6B3E23A78DF93396AE84038106893BE4FF7013F1253D33EE1F98D3D1E5C393C05D1F13A2BBB9D39B5C44D38106893BE4FF7013F1253D33EE1F98D3D1E5C393C05D1F13A2BBB9D39B5C44D38251E76BFDBDEB83E3DA6DF3E81D5963DBCF1443C0A77003BDE96A73900A15A38251E76BFDBDEB83E3DA6DF3E81D5963DBCF1443C0A77003BDE96A73900A15A38B34040BFD6CE513EECD0EB3E66B09F3D5487503C9205083B9072B1394C7D6738B34040BFD6CE513EECD0EB3E66B09F3D5487503C9205083B9072B1394C7D67386979193E3D3B313DECD0F73E878AA83DE51C5C3C18940F3B434EBB39975974386979193E3D3B313DECD0F73E878AA83DE51C5C3C18940F3B434EBB3997597438C8B6693F57BCF4BD08D2013FD863B13D6FB2673CA022173BF629C539F19A8038C8B6693F57BCF4BD08D2013FD863B13D6FB2673CA022173BF629C539F19A8038102F563FF6E58EBE1BA4073F4E3CBA3DF147733C27B11E3BA805CF3917098738102F563FF6E58EBE1BA4073F4E3CBA3DF147733C27B11E3BA805CF3917098738150511BC41D2DCBEA05D0D3FDF13C33D6BDD7E3CAE3F263B5BE1D8393C778D38150511BC41D2DCBEA05D0D3FDF13C33D6BDD7E3CAE3F263B5BE1D8393C778D38E7A158BF537112BF8EFD123F80EACB3D6F39853C35CE2D3B0EBDE23962E59338E7A158BF537112BF8EFD123F80EACB3D6F39853C35CE2D3B0EBDE23962E59338FCD367BFD29632BFE282183F25C0D43D24048B3CBB5C353BBF98EC3988539A38FCD367BFD29632BFE282183F25C0D43D24048B3CBB5C353BBF98EC3988539A38388707BE4DFF4DBF9AEC1D3FC494DD3DD4CE903C42EB3C3B7274F639ADC1A038388707BE4DFF4DBF9AEC1D3FC494DD3DD4CE903C42EB3C3B7274F639ADC1A0380837433F8EF063BFBC39233F5368E63D7F99963CC879443B1328003AD32FA7380837433F8EF063BFBC39233F5368E63D7F99963CC879443B1328003AD32FA7380ED5743F91D573BF5369283FC53AEF3D25649C3C4E084C3BEC15053AF99DAD380ED5743F91D573BF5369283FC53AEF3D25649C3C4E084C3BEC15053AF99DAD382AB48A3E61427DBF6E7A2D3F0F0CF83DC72EA23CD496533BC6030A3A1E0CB4382AB48A3E61427DBF6E7A2D3F0F0CF83DC72EA23CD496533BC6030A3A1E0CB438E9E329BFF6F67FBF226C323F156E003E62F9A73C5A255B3B9FF10E3A447ABA38E9E329BFF6F67FBF226C323F156E003E62F9A73C5A255B3B9FF10E3A447ABA38A4EF7CBFF2E07BBF8A3D373F83D5043EF9C3AD3CDFB3623B77DF133A6AE8C038A4EF7CBFF2E07BBF8A3D373F83D5043EF9C3AD3CDFB3623B77DF133A6AE8C03806DECEBE131C71BFC7ED3B3F4F3C093E8A8EB33C65426A3B51CD183A8F56C73806DECEBE131C71BFC7ED3B3F4F3C093E8A8EB33C65426A3B51CD183A8F56C738"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg39 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg39, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg38 : (tensor<2xi32>) -> tensor<2x1xi32>
    %19 = "stablehlo.gather"(%arg0, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %20 = stablehlo.multiply %19, %19 : tensor<2x64xf32>
    %21 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %22 = stablehlo.reduce(%20 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %23 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %24 = stablehlo.divide %22, %23 : tensor<2xf32>
    %25 = stablehlo.constant dense<1.0e-06> : tensor<2xf32>
    %26 = stablehlo.add %24, %25 : tensor<2xf32>
    %27 = stablehlo.rsqrt %26 : tensor<2xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %29 = stablehlo.multiply %19, %28 : tensor<2x64xf32>
    %30 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %31 = stablehlo.multiply %30, %29 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %32 = stablehlo.dot_general %31, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %34 = stablehlo.dot_general %31, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %35 = stablehlo.reshape %34 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %36 = stablehlo.dot_general %31, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %38 = stablehlo.slice %33 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %39 = stablehlo.slice %33 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %40 = stablehlo.negate %39 : tensor<2x4x8xf32>
    %41 = stablehlo.concatenate %40, %38, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %42 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %43 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %44 = stablehlo.multiply %41, %43 : tensor<2x4x16xf32>
    %45 = stablehlo.multiply %33, %42 : tensor<2x4x16xf32>
    %46 = stablehlo.add %45, %44 : tensor<2x4x16xf32> loc("layers.0.q")
    %47 = stablehlo.slice %35 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %48 = stablehlo.slice %35 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %49 = stablehlo.negate %48 : tensor<2x2x8xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %51 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %52 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<2x2x16xf32>
    %54 = stablehlo.multiply %35, %51 : tensor<2x2x16xf32>
    %55 = stablehlo.add %54, %53 : tensor<2x2x16xf32> loc("layers.0.k")
    %56 = stablehlo.slice %55 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %57 = stablehlo.reshape %56 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %58 = stablehlo.dynamic_update_slice %arg40, %57, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %59 = stablehlo.slice %55 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %61 = stablehlo.dynamic_update_slice %58, %60, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %62 = stablehlo.slice %37 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %64 = stablehlo.dynamic_update_slice %arg41, %63, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %65 = stablehlo.slice %37 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %67 = stablehlo.dynamic_update_slice %64, %66, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %68 = stablehlo.reshape %46 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %69 = stablehlo.dot_general %68, %61, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %70 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %71 = stablehlo.multiply %69, %70 : tensor<2x2x2x32xf32>
    %72 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %73 = stablehlo.add %71, %72 : tensor<2x2x2x32xf32>
    %74 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %75 = stablehlo.reduce(%73 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %77 = stablehlo.subtract %73, %76 : tensor<2x2x2x32xf32>
    %78 = stablehlo.exponential %77 : tensor<2x2x2x32xf32>
    %79 = stablehlo.reduce(%78 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %81 = stablehlo.divide %78, %80 : tensor<2x2x2x32xf32>
    %82 = stablehlo.dot_general %81, %67, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %83 = stablehlo.reshape %82 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %84 = stablehlo.dot_general %83, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %85 = stablehlo.add %19, %84 : tensor<2x64xf32>
    %86 = stablehlo.multiply %85, %85 : tensor<2x64xf32>
    %87 = stablehlo.reduce(%86 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %88 = stablehlo.divide %87, %23 : tensor<2xf32>
    %89 = stablehlo.add %88, %25 : tensor<2xf32>
    %90 = stablehlo.rsqrt %89 : tensor<2xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %92 = stablehlo.multiply %85, %91 : tensor<2x64xf32>
    %93 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %94 = stablehlo.multiply %93, %92 : tensor<2x64xf32>
    %95 = stablehlo.dot_general %94, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %96 = stablehlo.dot_general %94, %arg9, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %97 = stablehlo.logistic %95 : tensor<2x128xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<2x128xf32>
    %99 = stablehlo.multiply %98, %96 : tensor<2x128xf32>
    %100 = stablehlo.dot_general %99, %arg10, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %101 = stablehlo.add %85, %100 : tensor<2x64xf32> loc("layers.0.out")
    %102 = stablehlo.multiply %101, %101 : tensor<2x64xf32>
    %103 = stablehlo.reduce(%102 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %104 = stablehlo.divide %103, %23 : tensor<2xf32>
    %105 = stablehlo.add %104, %25 : tensor<2xf32>
    %106 = stablehlo.rsqrt %105 : tensor<2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %108 = stablehlo.multiply %101, %107 : tensor<2x64xf32>
    %109 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %110 = stablehlo.multiply %109, %108 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %111 = stablehlo.dot_general %110, %arg12, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %112 = stablehlo.reshape %111 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %113 = stablehlo.dot_general %110, %arg13, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %114 = stablehlo.reshape %113 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %115 = stablehlo.dot_general %110, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %116 = stablehlo.reshape %115 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %117 = stablehlo.slice %112 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %118 = stablehlo.slice %112 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %119 = stablehlo.negate %118 : tensor<2x4x8xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %121 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %122 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<2x4x16xf32>
    %124 = stablehlo.multiply %112, %121 : tensor<2x4x16xf32>
    %125 = stablehlo.add %124, %123 : tensor<2x4x16xf32> loc("layers.1.q")
    %126 = stablehlo.slice %114 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %127 = stablehlo.slice %114 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %128 = stablehlo.negate %127 : tensor<2x2x8xf32>
    %129 = stablehlo.concatenate %128, %126, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %130 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %131 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<2x2x16xf32>
    %133 = stablehlo.multiply %114, %130 : tensor<2x2x16xf32>
    %134 = stablehlo.add %133, %132 : tensor<2x2x16xf32> loc("layers.1.k")
    %135 = stablehlo.slice %134 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %137 = stablehlo.dynamic_update_slice %arg42, %136, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %138 = stablehlo.slice %134 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %139 = stablehlo.reshape %138 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %140 = stablehlo.dynamic_update_slice %137, %139, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %141 = stablehlo.slice %116 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %143 = stablehlo.dynamic_update_slice %arg43, %142, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %144 = stablehlo.slice %116 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %146 = stablehlo.dynamic_update_slice %143, %145, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %147 = stablehlo.reshape %125 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %148 = stablehlo.dot_general %147, %140, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %149 = stablehlo.multiply %148, %70 : tensor<2x2x2x32xf32>
    %150 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %151 = stablehlo.add %149, %150 : tensor<2x2x2x32xf32>
    %152 = stablehlo.reduce(%151 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %154 = stablehlo.subtract %151, %153 : tensor<2x2x2x32xf32>
    %155 = stablehlo.exponential %154 : tensor<2x2x2x32xf32>
    %156 = stablehlo.reduce(%155 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %158 = stablehlo.divide %155, %157 : tensor<2x2x2x32xf32>
    %159 = stablehlo.dot_general %158, %146, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %160 = stablehlo.reshape %159 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %161 = stablehlo.dot_general %160, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %162 = stablehlo.add %101, %161 : tensor<2x64xf32>
    %163 = stablehlo.multiply %162, %162 : tensor<2x64xf32>
    %164 = stablehlo.reduce(%163 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %165 = stablehlo.divide %164, %23 : tensor<2xf32>
    %166 = stablehlo.add %165, %25 : tensor<2xf32>
    %167 = stablehlo.rsqrt %166 : tensor<2xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %169 = stablehlo.multiply %162, %168 : tensor<2x64xf32>
    %170 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %171 = stablehlo.multiply %170, %169 : tensor<2x64xf32>
    %172 = stablehlo.dot_general %171, %arg17, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %173 = stablehlo.dot_general %171, %arg18, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %174 = stablehlo.logistic %172 : tensor<2x128xf32>
    %175 = stablehlo.multiply %172, %174 : tensor<2x128xf32>
    %176 = stablehlo.multiply %175, %173 : tensor<2x128xf32>
    %177 = stablehlo.dot_general %176, %arg19, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %178 = stablehlo.add %162, %177 : tensor<2x64xf32> loc("layers.1.out")
    %179 = stablehlo.multiply %178, %178 : tensor<2x64xf32>
    %180 = stablehlo.reduce(%179 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %181 = stablehlo.divide %180, %23 : tensor<2xf32>
    %182 = stablehlo.add %181, %25 : tensor<2xf32>
    %183 = stablehlo.rsqrt %182 : tensor<2xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %185 = stablehlo.multiply %178, %184 : tensor<2x64xf32>
    %186 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %187 = stablehlo.multiply %186, %185 : tensor<2x64xf32> loc("layers.2.attn_norm")
    %188 = stablehlo.dot_general %187, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %189 = stablehlo.reshape %188 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %190 = stablehlo.dot_general %187, %arg22, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %191 = stablehlo.reshape %190 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %192 = stablehlo.dot_general %187, %arg23, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %193 = stablehlo.reshape %192 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %194 = stablehlo.slice %189 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %195 = stablehlo.slice %189 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %196 = stablehlo.negate %195 : tensor<2x4x8xf32>
    %197 = stablehlo.concatenate %196, %194, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %198 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %199 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<2x4x16xf32>
    %201 = stablehlo.multiply %189, %198 : tensor<2x4x16xf32>
    %202 = stablehlo.add %201, %200 : tensor<2x4x16xf32> loc("layers.2.q")
    %203 = stablehlo.slice %191 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %204 = stablehlo.slice %191 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %205 = stablehlo.negate %204 : tensor<2x2x8xf32>
    %206 = stablehlo.concatenate %205, %203, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %207 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %208 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<2x2x16xf32>
    %210 = stablehlo.multiply %191, %207 : tensor<2x2x16xf32>
    %211 = stablehlo.add %210, %209 : tensor<2x2x16xf32> loc("layers.2.k")
    %212 = stablehlo.slice %211 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %214 = stablehlo.dynamic_update_slice %arg44, %213, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %215 = stablehlo.slice %211 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %216 = stablehlo.reshape %215 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %217 = stablehlo.dynamic_update_slice %214, %216, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %218 = stablehlo.slice %193 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %220 = stablehlo.dynamic_update_slice %arg45, %219, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %221 = stablehlo.slice %193 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %223 = stablehlo.dynamic_update_slice %220, %222, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %224 = stablehlo.reshape %202 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %225 = stablehlo.dot_general %224, %217, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %226 = stablehlo.multiply %225, %70 : tensor<2x2x2x32xf32>
    %227 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %228 = stablehlo.add %226, %227 : tensor<2x2x2x32xf32>
    %229 = stablehlo.reduce(%228 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %231 = stablehlo.subtract %228, %230 : tensor<2x2x2x32xf32>
    %232 = stablehlo.exponential %231 : tensor<2x2x2x32xf32>
    %233 = stablehlo.reduce(%232 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %235 = stablehlo.divide %232, %234 : tensor<2x2x2x32xf32>
    %236 = stablehlo.dot_general %235, %223, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %237 = stablehlo.reshape %236 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %238 = stablehlo.dot_general %237, %arg24, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.2.attn_out")
    %239 = stablehlo.add %178, %238 : tensor<2x64xf32>
    %240 = stablehlo.multiply %239, %239 : tensor<2x64xf32>
    %241 = stablehlo.reduce(%240 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %242 = stablehlo.divide %241, %23 : tensor<2xf32>
    %243 = stablehlo.add %242, %25 : tensor<2xf32>
    %244 = stablehlo.rsqrt %243 : tensor<2xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %246 = stablehlo.multiply %239, %245 : tensor<2x64xf32>
    %247 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %248 = stablehlo.multiply %247, %246 : tensor<2x64xf32>
    %249 = stablehlo.dot_general %248, %arg26, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %250 = stablehlo.dot_general %248, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %251 = stablehlo.logistic %249 : tensor<2x128xf32>
    %252 = stablehlo.multiply %249, %251 : tensor<2x128xf32>
    %253 = stablehlo.multiply %252, %250 : tensor<2x128xf32>
    %254 = stablehlo.dot_general %253, %arg28, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %255 = stablehlo.add %239, %254 : tensor<2x64xf32> loc("layers.2.out")
    %256 = stablehlo.multiply %255, %255 : tensor<2x64xf32>
    %257 = stablehlo.reduce(%256 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %258 = stablehlo.divide %257, %23 : tensor<2xf32>
    %259 = stablehlo.add %258, %25 : tensor<2xf32>
    %260 = stablehlo.rsqrt %259 : tensor<2xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %262 = stablehlo.multiply %255, %261 : tensor<2x64xf32>
    %263 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %264 = stablehlo.multiply %263, %262 : tensor<2x64xf32> loc("layers.3.attn_norm")
    %265 = stablehlo.dot_general %264, %arg30, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %266 = stablehlo.reshape %265 : (tensor<2x64xf32>) -> tensor<2x4x16xf32> loc("layers.3.q")
    %267 = stablehlo.dot_general %264, %arg31, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %268 = stablehlo.reshape %267 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.3.k")
    %269 = stablehlo.dot_general %264, %arg32, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %270 = stablehlo.reshape %269 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.3.v")
    %271 = stablehlo.slice %268 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %272 = stablehlo.reshape %271 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %273 = stablehlo.dynamic_update_slice %arg46, %272, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %274 = stablehlo.slice %268 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %275 = stablehlo.reshape %274 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %276 = stablehlo.dynamic_update_slice %273, %275, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %277 = stablehlo.slice %270 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %279 = stablehlo.dynamic_update_slice %arg47, %278, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %280 = stablehlo.slice %270 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %281 = stablehlo.reshape %280 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %282 = stablehlo.dynamic_update_slice %279, %281, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %283 = stablehlo.reshape %266 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %284 = stablehlo.dot_general %283, %276, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %285 = stablehlo.multiply %284, %70 : tensor<2x2x2x32xf32>
    %286 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %287 = stablehlo.add %285, %286 : tensor<2x2x2x32xf32>
    %288 = stablehlo.reduce(%287 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %290 = stablehlo.subtract %287, %289 : tensor<2x2x2x32xf32>
    %291 = stablehlo.exponential %290 : tensor<2x2x2x32xf32>
    %292 = stablehlo.reduce(%291 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %294 = stablehlo.divide %291, %293 : tensor<2x2x2x32xf32>
    %295 = stablehlo.dot_general %294, %282, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %296 = stablehlo.reshape %295 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.3.attn")
    %297 = stablehlo.dot_general %296, %arg33, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.3.attn_out")
    %298 = stablehlo.add %255, %297 : tensor<2x64xf32>
    %299 = stablehlo.multiply %298, %298 : tensor<2x64xf32>
    %300 = stablehlo.reduce(%299 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %301 = stablehlo.divide %300, %23 : tensor<2xf32>
    %302 = stablehlo.add %301, %25 : tensor<2xf32>
    %303 = stablehlo.rsqrt %302 : tensor<2xf32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %305 = stablehlo.multiply %298, %304 : tensor<2x64xf32>
    %306 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %307 = stablehlo.multiply %306, %305 : tensor<2x64xf32>
    %308 = stablehlo.dot_general %307, %arg35, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %309 = stablehlo.dot_general %307, %arg36, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %310 = stablehlo.logistic %308 : tensor<2x128xf32>
    %311 = stablehlo.multiply %308, %310 : tensor<2x128xf32>
    %312 = stablehlo.multiply %311, %309 : tensor<2x128xf32>
    %313 = stablehlo.dot_general %312, %arg37, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %314 = stablehlo.add %298, %313 : tensor<2x64xf32> loc("layers.3.out")
    %315 = stablehlo.multiply %314, %314 : tensor<2x64xf32>
    %316 = stablehlo.reduce(%315 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %317 = stablehlo.divide %316, %23 : tensor<2xf32>
    %318 = stablehlo.add %317, %25 : tensor<2xf32>
    %319 = stablehlo.rsqrt %318 : tensor<2xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %321 = stablehlo.multiply %314, %320 : tensor<2x64xf32>
    %322 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %323 = stablehlo.multiply %322, %321 : tensor<2x64xf32> loc("final_norm")
    %324 = stablehlo.dot_general %323, %arg0, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %324, %61, %67, %140, %146, %217, %223, %276, %282 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
