module @prefill {
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
      %arg38: tensor<8xi32> loc("tokens"),
      %arg39: tensor<i32> loc("start"),
      %arg40: tensor<i32> loc("length"),
      %arg41: tensor<i32> loc("slot"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg44: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg45: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg46: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg47: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"),
      %arg48: tensor<2x32x2x16xf32> {tf.aliasing_output = 7 : i32} loc("cache.k.3"),
      %arg49: tensor<2x32x2x16xf32> {tf.aliasing_output = 8 : i32} loc("cache.v.3"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg39, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F949A7C3FD5E87F3F62FF7F3FFCFF7F3F0000803F0000803F0000803F40510A3F949A7C3FD5E87F3F62FF7F3FFCFF7F3F0000803F0000803F0000803F3311D5BE6381723F57A37F3F89FD7F3FEFFF7F3F0000803F0000803F0000803F3311D5BE6381723F57A37F3F89FD7F3FEFFF7F3F0000803F0000803F0000803F26707DBF03F9613F942F7F3F74FA7F3FDAFF7F3FFFFF7F3F0000803F0000803F26707DBF03F9613F942F7F3F74FA7F3FDAFF7F3FFFFF7F3F0000803F0000803F305527BFC1714B3F9F8D7E3F24F67F3FBDFF7F3FFEFF7F3F0000803F0000803F305527BFC1714B3F9F8D7E3F24F67F3FBDFF7F3FFEFF7F3F0000803F0000803F2C3C913EA1842F3F97BD7D3F99F07F3F97FF7F3FFDFF7F3F0000803F0000803F2C3C913EA1842F3F97BD7D3F99F07F3F97FF7F3FFDFF7F3F0000803F0000803FB8CD753F54EF0E3FA1BF7C3FD2E97F3F69FF7F3FFCFF7F3F0000803F0000803FB8CD753F54EF0E3FA1BF7C3FD2E97F3F69FF7F3FFCFF7F3F0000803F0000803FBDFF403F511ED53EEC937B3FD0E17F3F32FF7F3FFBFF7F3F0000803F0000803FBDFF403F511ED53EEC937B3FD0E17F3F32FF7F3FFBFF7F3F0000803F0000803FF6FD14BE6AB6863EAC3A7A3F92D87F3FF4FE7F3FF9FF7F3F0000803F0000803FF6FD14BE6AB6863EAC3A7A3F92D87F3FF4FE7F3FF9FF7F3F0000803F0000803FD53F69BFFEEDD23D22B4783F19CE7F3FACFE7F3FF7FF7F3F0000803F0000803FD53F69BFFEEDD23D22B4783F19CE7F3FACFE7F3FF7FF7F3F0000803F0000803F64CD56BFE12C75BD9300773F65C27F3F5DFE7F3FF5FF7F3F0000803F0000803F64CD56BFE12C75BD9300773F65C27F3F5DFE7F3FF5FF7F3F0000803F0000803F7205913B136D62BE4E20753F76B57F3F04FE7F3FF3FF7F3F0000803F0000803F7205913B136D62BE4E20753F76B57F3F04FE7F3FF3FF7F3F0000803F0000803FD006583F7CC6C0BEAB13733F4CA77F3FA4FD7F3FF0FF7F3F0000803F0000803FD006583F7CC6C0BEAB13733F4CA77F3FA4FD7F3FF0FF7F3F0000803F0000803F6F4E683F869C05BF08DB703FE6977F3F3BFD7F3FEDFF7F3FFFFF7F3F0000803F6F4E683F869C05BF08DB703FE6977F3F3BFD7F3FEDFF7F3FFFFF7F3F0000803FD7040C3E454A27BFCC766E3F46877F3FCAFC7F3FEAFF7F3FFFFF7F3F0000803FD7040C3E454A27BFCC766E3F46877F3FCAFC7F3FEAFF7F3FFFFF7F3F0000803FE87A42BFB68744BF66E76B3F6B757F3F50FC7F3FE7FF7F3FFFFF7F3F0000803FE87A42BFB68744BF66E76B3F6B757F3F50FC7F3FE7FF7F3FFFFF7F3F0000803F2C2975BF448E5CBF4C2D693F55627F3FCEFB7F3FE3FF7F3FFFFF7F3F0000803F2C2975BF448E5CBF4C2D693F55627F3FCEFB7F3FE3FF7F3FFFFF7F3F0000803F36E28CBEB9BA6EBFFE48663F044E7F3F44FB7F3FE0FF7F3FFFFF7F3F0000803F36E28CBEB9BA6EBFFE48663F044E7F3F44FB7F3FE0FF7F3FFFFF7F3F0000803F840A293FA5917ABF013B633F79387F3FB1FA7F3FDCFF7F3FFFFF7F3F0000803F840A293FA5917ABF013B633F79387F3FB1FA7F3FDCFF7F3FFFFF7F3F0000803FBF1B7D3F9FC27FBFE203603FB3217F3F16FA7F3FD8FF7F3FFFFF7F3F0000803FBF1B7D3F9FC27FBFE203603FB3217F3F16FA7F3FD8FF7F3FFFFF7F3F0000803F22F0D03E622A7EBF37A45C3FB3097F3F72F97F3FD3FF7F3FFFFF7F3F0000803F22F0D03E622A7EBF37A45C3FB3097F3F72F97F3FD3FF7F3FFFFF7F3F0000803FFC370CBFC4D375BF9B1C593F79F07E3FC6F87F3FCFFF7F3FFFFF7F3F0000803FFC370CBFC4D375BF9B1C593F79F07E3FC6F87F3FCFFF7F3FFFFF7F3F0000803F6FFD7FBF67F766BFB36D553F04D67E3F12F87F3FCAFF7F3FFFFF7F3F0000803F6FFD7FBF67F766BFB36D553F04D67E3F12F87F3FCAFF7F3FFFFF7F3F0000803FBF6708BF3CFA51BF2A98513F55BA7E3F55F77F3FC5FF7F3FFEFF7F3F0000803FBF6708BF3CFA51BF2A98513F55BA7E3F55F77F3FC5FF7F3FFEFF7F3F0000803FFE2DD93ED66A37BFB09C4D3F6D9D7E3F90F67F3FC0FF7F3FFEFF7F3F0000803FFE2DD93ED66A37BFB09C4D3F6D9D7E3F90F67F3FC0FF7F3FFEFF7F3F0000803F78BF7D3F95FD17BFFE7B493F4B7F7E3FC3F57F3FBAFF7F3FFEFF7F3F0000803F78BF7D3F95FD17BFFE7B493F4B7F7E3FC3F57F3FBAFF7F3FFEFF7F3F0000803F819C253FF40FE9BED436453FEF5F7E3FEDF47F3FB5FF7F3FFEFF7F3F0000803F819C253FF40FE9BED436453FEF5F7E3FEDF47F3FB5FF7F3FFEFF7F3F0000803F389395BEB5F59BBEF7CD403F593F7E3F0EF47F3FAFFF7F3FFEFF7F3F0000803F389395BEB5F59BBEF7CD403F593F7E3F0EF47F3FAFFF7F3FFEFF7F3F0000803F576D76BF237015BE34423C3F8B1D7E3F28F37F3FA9FF7F3FFEFF7F3F0000803F576D76BF237015BE34423C3F8B1D7E3F28F37F3FA9FF7F3FFEFF7F3F0000803FB3803FBF6C10883C5D94373F83FA7D3F39F27F3FA2FF7F3FFEFF7F3F0000803FB3803FBF6C10883C5D94373F83FA7D3F39F27F3FA2FF7F3FFEFF7F3F0000803F18F41D3EB800373E4CC5323F42D67D3F41F17F3F9CFF7F3FFDFF7F3F0000803F18F41D3EB800373E4CC5323F42D67D3F41F17F3F9CFF7F3FFDFF7F3F0000803F8E2C6A3F3E12AC3EDFD52D3FC8B07D3F41F07F3F95FF7F3FFDFF7F3F0000803F8E2C6A3F3E12AC3EDFD52D3FC8B07D3F41F07F3F95FF7F3FFDFF7F3F0000803F"> : tensor<32x16xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %7 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F573E263ECECFD93CF1168E3B205D393A0ED1F1382BBB9D37B5C44D36A46A573F573E263ECECFD93CF1168E3B205D393A0ED1F1382BBB9D37B5C44D36B7C7683FC009A43E17BC593D99160E3C1D5DB93A0ED171392BBB1D38B5C4CD36B7C7683FC009A43E17BC593D99160E3C1D5DB93A0ED171392BBB1D38B5C4CD36C381103E209AF03E6F34A33D0B21553CD2050B3BCA5CB539C0986C3888531A37C381103E209AF03E6F34A33D0B21553CD2050B3BCA5CB539C0986C3888531A37CFBD41BF20641B3F486DD93D3B158E3C115D393B0DD1F1392BBB9D38B5C44D37CFBD41BF20641B3F486DD93D3B158E3C115D393B0DD1F1392BBB9D38B5C44D37107C75BFB75B3A3F63BF073E4299B13C49B4673BA822173AF629C538F19A8037107C75BFB75B3A3F63BF073E4299B13C49B4673BA822173AF629C538F19A80378C0F8FBE7F61543F8FAF223E6D1CD53CBE058B3BC95C353AC098EC3888539A378C0F8FBE7F61543F8FAF223E6D1CD53CBE058B3BC95C353AC098EC3888539A374630283FB7C4683F49823D3E929EF83C5231A23BEA96533AC6030A391E0CB4374630283FB7C4683F49823D3E929EF83C5231A23BEA96533AC6030A391E0CB43795467D3FE3FA763FB632583EC20F0E3DE05CB93B0CD1713A2BBB1D39B5C4CD3795467D3FE3FA763FB632583EC20F0E3DE05CB93B0CD1713A2BBB1D39B5C4CD373201D33E7CA37E3F00BC723E8DCF1F3D6988D03B9605883A907231394C7DE7373201D33E7CA37E3F00BC723E8DCF1F3D6988D03B9605883A907231394C7DE737F8440BBF7E8A7F3FAD8C863E938E313DEAB3E73BA722973AF6294539F19A0038F8440BBF7E8A7F3FAD8C863E938E313DEAB3E73BA722973AF6294539F19A00385CFF7FBFC6A9793FFFA2933EBC4C433D65DFFE3BB73FA63A5BE158393C770D385CFF7FBFC6A9793FFFA2933EBC4C433D65DFFE3BB73FA63A5BE158393C770D38D85C09BF42296D3F999EA03EF609553D6C050B3CC65CB53AC0986C3988531A38D85C09BF42296D3F999EA03EF609553D6C050B3CC65CB53AC0986C3988531A382220D73EDC5D5A3F1F7DAD3E2AC6663D209B163CD679C43A13288039D32F27382220D73EDC5D5A3F1F7DAD3E2AC6663D209B163CD679C43A13288039D32F273872987D3F3DC7413F3E3CBA3E4081783DCF30223CE696D33AC6038A391E0C343872987D3F3DC7413F3E3CBA3E4081783DCF30223CE696D33AC6038A391E0C34384479263F6A0C243FA7D9C63E931D853D79C62D3CF6B3E23A78DF93396AE840384479263F6A0C243FA7D9C63E931D853D79C62D3CF6B3E23A78DF93396AE84038106893BE4FF7013F1253D33EE1F98D3D1E5C393C05D1F13A2BBB9D39B5C44D38106893BE4FF7013F1253D33EE1F98D3D1E5C393C05D1F13A2BBB9D39B5C44D38251E76BFDBDEB83E3DA6DF3E81D5963DBCF1443C0A77003BDE96A73900A15A38251E76BFDBDEB83E3DA6DF3E81D5963DBCF1443C0A77003BDE96A73900A15A38B34040BFD6CE513EECD0EB3E66B09F3D5487503C9205083B9072B1394C7D6738B34040BFD6CE513EECD0EB3E66B09F3D5487503C9205083B9072B1394C7D67386979193E3D3B313DECD0F73E878AA83DE51C5C3C18940F3B434EBB39975974386979193E3D3B313DECD0F73E878AA83DE51C5C3C18940F3B434EBB3997597438C8B6693F57BCF4BD08D2013FD863B13D6FB2673CA022173BF629C539F19A8038C8B6693F57BCF4BD08D2013FD863B13D6FB2673CA022173BF629C539F19A8038102F563FF6E58EBE1BA4073F4E3CBA3DF147733C27B11E3BA805CF3917098738102F563FF6E58EBE1BA4073F4E3CBA3DF147733C27B11E3BA805CF3917098738150511BC41D2DCBEA05D0D3FDF13C33D6BDD7E3CAE3F263B5BE1D8393C778D38150511BC41D2DCBEA05D0D3FDF13C33D6BDD7E3CAE3F263B5BE1D8393C778D38E7A158BF537112BF8EFD123F80EACB3D6F39853C35CE2D3B0EBDE23962E59338E7A158BF537112BF8EFD123F80EACB3D6F39853C35CE2D3B0EBDE23962E59338FCD367BFD29632BFE282183F25C0D43D24048B3CBB5C353BBF98EC3988539A38FCD367BFD29632BFE282183F25C0D43D24048B3CBB5C353BBF98EC3988539A38388707BE4DFF4DBF9AEC1D3FC494DD3DD4CE903C42EB3C3B7274F639ADC1A038388707BE4DFF4DBF9AEC1D3FC494DD3DD4CE903C42EB3C3B7274F639ADC1A0380837433F8EF063BFBC39233F5368E63D7F99963CC879443B1328003AD32FA7380837433F8EF063BFBC39233F5368E63D7F99963CC879443B1328003AD32FA7380ED5743F91D573BF5369283FC53AEF3D25649C3C4E084C3BEC15053AF99DAD380ED5743F91D573BF5369283FC53AEF3D25649C3C4E084C3BEC15053AF99DAD382AB48A3E61427DBF6E7A2D3F0F0CF83DC72EA23CD496533BC6030A3A1E0CB4382AB48A3E61427DBF6E7A2D3F0F0CF83DC72EA23CD496533BC6030A3A1E0CB438E9E329BFF6F67FBF226C323F156E003E62F9A73C5A255B3B9FF10E3A447ABA38E9E329BFF6F67FBF226C323F156E003E62F9A73C5A255B3B9FF10E3A447ABA38A4EF7CBFF2E07BBF8A3D373F83D5043EF9C3AD3CDFB3623B77DF133A6AE8C038A4EF7CBFF2E07BBF8A3D373F83D5043EF9C3AD3CDFB3623B77DF133A6AE8C03806DECEBE131C71BFC7ED3B3F4F3C093E8A8EB33C65426A3B51CD183A8F56C73806DECEBE131C71BFC7ED3B3F4F3C093E8A8EB33C65426A3B51CD183A8F56C738"> : tensor<32x16xf32>
    %8 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%7, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %10 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %12 = stablehlo.compare  LE, %10, %11,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %13 = stablehlo.constant dense<0.0e+00> : tensor<8x32xf32>
    %14 = stablehlo.constant dense<-1.0e+30> : tensor<8x32xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %16 = stablehlo.reshape %arg38 : (tensor<8xi32>) -> tensor<8x1xi32>
    %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %18 = stablehlo.multiply %17, %17 : tensor<8x64xf32>
    %19 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %20 = stablehlo.reduce(%18 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %22 = stablehlo.divide %20, %21 : tensor<8xf32>
    %23 = stablehlo.constant dense<1.0e-06> : tensor<8xf32>
    %24 = stablehlo.add %22, %23 : tensor<8xf32>
    %25 = stablehlo.rsqrt %24 : tensor<8xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %27 = stablehlo.multiply %17, %26 : tensor<8x64xf32>
    %28 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %29 = stablehlo.multiply %28, %27 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %30 = stablehlo.dot_general %29, %arg3, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %32 = stablehlo.dot_general %29, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %33 = stablehlo.reshape %32 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %34 = stablehlo.dot_general %29, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %36 = stablehlo.slice %31 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %37 = stablehlo.slice %31 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %38 = stablehlo.negate %37 : tensor<8x4x8xf32>
    %39 = stablehlo.concatenate %38, %36, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %40 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %41 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %42 = stablehlo.multiply %39, %41 : tensor<8x4x16xf32>
    %43 = stablehlo.multiply %31, %40 : tensor<8x4x16xf32>
    %44 = stablehlo.add %43, %42 : tensor<8x4x16xf32> loc("layers.0.q")
    %45 = stablehlo.slice %33 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %46 = stablehlo.slice %33 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %47 = stablehlo.negate %46 : tensor<8x2x8xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %49 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %50 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %51 = stablehlo.multiply %48, %50 : tensor<8x2x16xf32>
    %52 = stablehlo.multiply %33, %49 : tensor<8x2x16xf32>
    %53 = stablehlo.add %52, %51 : tensor<8x2x16xf32> loc("layers.0.k")
    %54 = stablehlo.reshape %53 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %55 = stablehlo.dynamic_update_slice %arg42, %54, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %56 = stablehlo.reshape %35 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %57 = stablehlo.dynamic_update_slice %arg43, %56, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %58 = stablehlo.reshape %44 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %59 = stablehlo.dynamic_slice %55, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %61 = stablehlo.dynamic_slice %57, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %63 = stablehlo.dot_general %58, %60, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %64 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %65 = stablehlo.multiply %63, %64 : tensor<2x8x2x32xf32>
    %66 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %67 = stablehlo.add %65, %66 : tensor<2x8x2x32xf32>
    %68 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %69 = stablehlo.reduce(%67 init: %68) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %71 = stablehlo.subtract %67, %70 : tensor<2x8x2x32xf32>
    %72 = stablehlo.exponential %71 : tensor<2x8x2x32xf32>
    %73 = stablehlo.reduce(%72 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %75 = stablehlo.divide %72, %74 : tensor<2x8x2x32xf32>
    %76 = stablehlo.dot_general %75, %62, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %77 = stablehlo.transpose %76, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %79 = stablehlo.dot_general %78, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %80 = stablehlo.add %17, %79 : tensor<8x64xf32>
    %81 = stablehlo.multiply %80, %80 : tensor<8x64xf32>
    %82 = stablehlo.reduce(%81 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %83 = stablehlo.divide %82, %21 : tensor<8xf32>
    %84 = stablehlo.add %83, %23 : tensor<8xf32>
    %85 = stablehlo.rsqrt %84 : tensor<8xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %87 = stablehlo.multiply %80, %86 : tensor<8x64xf32>
    %88 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %89 = stablehlo.multiply %88, %87 : tensor<8x64xf32>
    %90 = stablehlo.dot_general %89, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %91 = stablehlo.dot_general %89, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %92 = stablehlo.logistic %90 : tensor<8x128xf32>
    %93 = stablehlo.multiply %90, %92 : tensor<8x128xf32>
    %94 = stablehlo.multiply %93, %91 : tensor<8x128xf32>
    %95 = stablehlo.dot_general %94, %arg10, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %96 = stablehlo.add %80, %95 : tensor<8x64xf32> loc("layers.0.out")
    %97 = stablehlo.multiply %96, %96 : tensor<8x64xf32>
    %98 = stablehlo.reduce(%97 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %99 = stablehlo.divide %98, %21 : tensor<8xf32>
    %100 = stablehlo.add %99, %23 : tensor<8xf32>
    %101 = stablehlo.rsqrt %100 : tensor<8xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<8x64xf32>
    %104 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %105 = stablehlo.multiply %104, %103 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %106 = stablehlo.dot_general %105, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %107 = stablehlo.reshape %106 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %108 = stablehlo.dot_general %105, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %109 = stablehlo.reshape %108 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %110 = stablehlo.dot_general %105, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %112 = stablehlo.slice %107 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %113 = stablehlo.slice %107 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %114 = stablehlo.negate %113 : tensor<8x4x8xf32>
    %115 = stablehlo.concatenate %114, %112, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %116 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %117 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<8x4x16xf32>
    %119 = stablehlo.multiply %107, %116 : tensor<8x4x16xf32>
    %120 = stablehlo.add %119, %118 : tensor<8x4x16xf32> loc("layers.1.q")
    %121 = stablehlo.slice %109 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %122 = stablehlo.slice %109 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %123 = stablehlo.negate %122 : tensor<8x2x8xf32>
    %124 = stablehlo.concatenate %123, %121, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %125 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %126 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %127 = stablehlo.multiply %124, %126 : tensor<8x2x16xf32>
    %128 = stablehlo.multiply %109, %125 : tensor<8x2x16xf32>
    %129 = stablehlo.add %128, %127 : tensor<8x2x16xf32> loc("layers.1.k")
    %130 = stablehlo.reshape %129 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %131 = stablehlo.dynamic_update_slice %arg44, %130, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %132 = stablehlo.reshape %111 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %133 = stablehlo.dynamic_update_slice %arg45, %132, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %134 = stablehlo.reshape %120 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %135 = stablehlo.dynamic_slice %131, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %137 = stablehlo.dynamic_slice %133, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %139 = stablehlo.dot_general %134, %136, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %140 = stablehlo.multiply %139, %64 : tensor<2x8x2x32xf32>
    %141 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %142 = stablehlo.add %140, %141 : tensor<2x8x2x32xf32>
    %143 = stablehlo.reduce(%142 init: %68) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %145 = stablehlo.subtract %142, %144 : tensor<2x8x2x32xf32>
    %146 = stablehlo.exponential %145 : tensor<2x8x2x32xf32>
    %147 = stablehlo.reduce(%146 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %149 = stablehlo.divide %146, %148 : tensor<2x8x2x32xf32>
    %150 = stablehlo.dot_general %149, %138, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %151 = stablehlo.transpose %150, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %153 = stablehlo.dot_general %152, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %154 = stablehlo.add %96, %153 : tensor<8x64xf32>
    %155 = stablehlo.multiply %154, %154 : tensor<8x64xf32>
    %156 = stablehlo.reduce(%155 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %157 = stablehlo.divide %156, %21 : tensor<8xf32>
    %158 = stablehlo.add %157, %23 : tensor<8xf32>
    %159 = stablehlo.rsqrt %158 : tensor<8xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %161 = stablehlo.multiply %154, %160 : tensor<8x64xf32>
    %162 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %163 = stablehlo.multiply %162, %161 : tensor<8x64xf32>
    %164 = stablehlo.dot_general %163, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %165 = stablehlo.dot_general %163, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %166 = stablehlo.logistic %164 : tensor<8x128xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<8x128xf32>
    %168 = stablehlo.multiply %167, %165 : tensor<8x128xf32>
    %169 = stablehlo.dot_general %168, %arg19, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %170 = stablehlo.add %154, %169 : tensor<8x64xf32> loc("layers.1.out")
    %171 = stablehlo.multiply %170, %170 : tensor<8x64xf32>
    %172 = stablehlo.reduce(%171 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %173 = stablehlo.divide %172, %21 : tensor<8xf32>
    %174 = stablehlo.add %173, %23 : tensor<8xf32>
    %175 = stablehlo.rsqrt %174 : tensor<8xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %177 = stablehlo.multiply %170, %176 : tensor<8x64xf32>
    %178 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %179 = stablehlo.multiply %178, %177 : tensor<8x64xf32> loc("layers.2.attn_norm")
    %180 = stablehlo.dot_general %179, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %182 = stablehlo.dot_general %179, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %183 = stablehlo.reshape %182 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %184 = stablehlo.dot_general %179, %arg23, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %185 = stablehlo.reshape %184 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %186 = stablehlo.slice %181 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %187 = stablehlo.slice %181 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %188 = stablehlo.negate %187 : tensor<8x4x8xf32>
    %189 = stablehlo.concatenate %188, %186, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %190 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %191 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<8x4x16xf32>
    %193 = stablehlo.multiply %181, %190 : tensor<8x4x16xf32>
    %194 = stablehlo.add %193, %192 : tensor<8x4x16xf32> loc("layers.2.q")
    %195 = stablehlo.slice %183 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %196 = stablehlo.slice %183 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %197 = stablehlo.negate %196 : tensor<8x2x8xf32>
    %198 = stablehlo.concatenate %197, %195, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %199 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %200 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<8x2x16xf32>
    %202 = stablehlo.multiply %183, %199 : tensor<8x2x16xf32>
    %203 = stablehlo.add %202, %201 : tensor<8x2x16xf32> loc("layers.2.k")
    %204 = stablehlo.reshape %203 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %205 = stablehlo.dynamic_update_slice %arg46, %204, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %206 = stablehlo.reshape %185 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %207 = stablehlo.dynamic_update_slice %arg47, %206, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %208 = stablehlo.reshape %194 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %209 = stablehlo.dynamic_slice %205, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %211 = stablehlo.dynamic_slice %207, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %213 = stablehlo.dot_general %208, %210, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %214 = stablehlo.multiply %213, %64 : tensor<2x8x2x32xf32>
    %215 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %216 = stablehlo.add %214, %215 : tensor<2x8x2x32xf32>
    %217 = stablehlo.reduce(%216 init: %68) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %219 = stablehlo.subtract %216, %218 : tensor<2x8x2x32xf32>
    %220 = stablehlo.exponential %219 : tensor<2x8x2x32xf32>
    %221 = stablehlo.reduce(%220 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %223 = stablehlo.divide %220, %222 : tensor<2x8x2x32xf32>
    %224 = stablehlo.dot_general %223, %212, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %225 = stablehlo.transpose %224, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %226 = stablehlo.reshape %225 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %227 = stablehlo.dot_general %226, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.2.attn_out")
    %228 = stablehlo.add %170, %227 : tensor<8x64xf32>
    %229 = stablehlo.multiply %228, %228 : tensor<8x64xf32>
    %230 = stablehlo.reduce(%229 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %231 = stablehlo.divide %230, %21 : tensor<8xf32>
    %232 = stablehlo.add %231, %23 : tensor<8xf32>
    %233 = stablehlo.rsqrt %232 : tensor<8xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %235 = stablehlo.multiply %228, %234 : tensor<8x64xf32>
    %236 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %237 = stablehlo.multiply %236, %235 : tensor<8x64xf32>
    %238 = stablehlo.dot_general %237, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %239 = stablehlo.dot_general %237, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %240 = stablehlo.logistic %238 : tensor<8x128xf32>
    %241 = stablehlo.multiply %238, %240 : tensor<8x128xf32>
    %242 = stablehlo.multiply %241, %239 : tensor<8x128xf32>
    %243 = stablehlo.dot_general %242, %arg28, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %244 = stablehlo.add %228, %243 : tensor<8x64xf32> loc("layers.2.out")
    %245 = stablehlo.multiply %244, %244 : tensor<8x64xf32>
    %246 = stablehlo.reduce(%245 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %247 = stablehlo.divide %246, %21 : tensor<8xf32>
    %248 = stablehlo.add %247, %23 : tensor<8xf32>
    %249 = stablehlo.rsqrt %248 : tensor<8xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %251 = stablehlo.multiply %244, %250 : tensor<8x64xf32>
    %252 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %253 = stablehlo.multiply %252, %251 : tensor<8x64xf32> loc("layers.3.attn_norm")
    %254 = stablehlo.dot_general %253, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %255 = stablehlo.reshape %254 : (tensor<8x64xf32>) -> tensor<8x4x16xf32> loc("layers.3.q")
    %256 = stablehlo.dot_general %253, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %257 = stablehlo.reshape %256 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.3.k")
    %258 = stablehlo.dot_general %253, %arg32, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %259 = stablehlo.reshape %258 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.3.v")
    %260 = stablehlo.reshape %257 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %261 = stablehlo.dynamic_update_slice %arg48, %260, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %262 = stablehlo.reshape %259 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %263 = stablehlo.dynamic_update_slice %arg49, %262, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %264 = stablehlo.reshape %255 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %265 = stablehlo.dynamic_slice %261, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %266 = stablehlo.reshape %265 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %267 = stablehlo.dynamic_slice %263, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %268 = stablehlo.reshape %267 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %269 = stablehlo.dot_general %264, %266, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %270 = stablehlo.multiply %269, %64 : tensor<2x8x2x32xf32>
    %271 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %272 = stablehlo.add %270, %271 : tensor<2x8x2x32xf32>
    %273 = stablehlo.reduce(%272 init: %68) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %274 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %275 = stablehlo.subtract %272, %274 : tensor<2x8x2x32xf32>
    %276 = stablehlo.exponential %275 : tensor<2x8x2x32xf32>
    %277 = stablehlo.reduce(%276 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %279 = stablehlo.divide %276, %278 : tensor<2x8x2x32xf32>
    %280 = stablehlo.dot_general %279, %268, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %281 = stablehlo.transpose %280, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %282 = stablehlo.reshape %281 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.3.attn")
    %283 = stablehlo.dot_general %282, %arg33, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.3.attn_out")
    %284 = stablehlo.add %244, %283 : tensor<8x64xf32>
    %285 = stablehlo.multiply %284, %284 : tensor<8x64xf32>
    %286 = stablehlo.reduce(%285 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %287 = stablehlo.divide %286, %21 : tensor<8xf32>
    %288 = stablehlo.add %287, %23 : tensor<8xf32>
    %289 = stablehlo.rsqrt %288 : tensor<8xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %291 = stablehlo.multiply %284, %290 : tensor<8x64xf32>
    %292 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %293 = stablehlo.multiply %292, %291 : tensor<8x64xf32>
    %294 = stablehlo.dot_general %293, %arg35, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %295 = stablehlo.dot_general %293, %arg36, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %296 = stablehlo.logistic %294 : tensor<8x128xf32>
    %297 = stablehlo.multiply %294, %296 : tensor<8x128xf32>
    %298 = stablehlo.multiply %297, %295 : tensor<8x128xf32>
    %299 = stablehlo.dot_general %298, %arg37, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %300 = stablehlo.add %284, %299 : tensor<8x64xf32> loc("layers.3.out")
    %301 = stablehlo.constant dense<1> : tensor<i32>
    %302 = stablehlo.subtract %arg40, %301 : tensor<i32>
    %303 = stablehlo.dynamic_slice %300, %302, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %304 = stablehlo.multiply %303, %303 : tensor<1x64xf32>
    %305 = stablehlo.reduce(%304 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %306 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %307 = stablehlo.divide %305, %306 : tensor<1xf32>
    %308 = stablehlo.constant dense<1.0e-06> : tensor<1xf32>
    %309 = stablehlo.add %307, %308 : tensor<1xf32>
    %310 = stablehlo.rsqrt %309 : tensor<1xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %312 = stablehlo.multiply %303, %311 : tensor<1x64xf32>
    %313 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %314 = stablehlo.multiply %313, %312 : tensor<1x64xf32> loc("final_norm")
    %315 = stablehlo.dot_general %314, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %316 = stablehlo.reshape %315 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %316, %55, %57, %131, %133, %205, %207, %261, %263 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
