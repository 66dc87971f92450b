module @prefill {
  func.func public @main(
      %arg0: tensor<256x64xbf16> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xbf16> loc("model.norm.weight"),
      %arg2: tensor<64xbf16> loc("model.layers.0.input_layernorm.weight"),
      %arg3: tensor<64x64xbf16> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<32x64xbf16> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg5: tensor<32x64xbf16> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg6: tensor<64x64xbf16> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg7: tensor<64xbf16> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg8: tensor<128x64xbf16> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg9: tensor<128x64xbf16> loc("model.layers.0.mlp.up_proj.weight"),
      %arg10: tensor<64x128xbf16> loc("model.layers.0.mlp.down_proj.weight"),
      %arg11: tensor<64xbf16> loc("model.layers.1.input_layernorm.weight"),
      %arg12: tensor<64x64xbf16> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg13: tensor<32x64xbf16> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg14: tensor<32x64xbf16> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg15: tensor<64x64xbf16> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg16: tensor<64xbf16> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg17: tensor<128x64xbf16> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg18: tensor<128x64xbf16> loc("model.layers.1.mlp.up_proj.weight"),
      %arg19: tensor<64x128xbf16> loc("model.layers.1.mlp.down_proj.weight"),
      %arg20: tensor<8xi32> loc("tokens"),
      %arg21: tensor<i32> loc("start"),
      %arg22: tensor<i32> loc("length"),
      %arg23: tensor<i32> loc("slot"),
      %arg24: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg25: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg26: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg27: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg21, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3FBFEC7F3F47FF7F3FF9FF7F3F0000803F0000803F0000803F0000803F40510A3FBFEC7F3F47FF7F3FF9FF7F3F0000803F0000803F0000803F0000803F3311D5BEFFB27F3F1BFD7F3FE4FF7F3FFFFF7F3F0000803F0000803F0000803F3311D5BEFFB27F3F1BFD7F3FE4FF7F3FFFFF7F3F0000803F0000803F0000803F26707DBFCA527F3F7CF97F3FC1FF7F3FFEFF7F3F0000803F0000803F0000803F26707DBFCA527F3F7CF97F3FC1FF7F3FFEFF7F3F0000803F0000803F0000803F305527BF2CCC7E3F6AF47F3F90FF7F3FFCFF7F3F0000803F0000803F0000803F305527BF2CCC7E3F6AF47F3F90FF7F3FFCFF7F3F0000803F0000803F0000803F2C3C913E3B1F7E3FE6ED7F3F52FF7F3FF9FF7F3F0000803F0000803F0000803F2C3C913E3B1F7E3FE6ED7F3F52FF7F3FF9FF7F3F0000803F0000803F0000803FB8CD753F114C7D3FEFE57F3F05FF7F3FF7FF7F3F0000803F0000803F0000803FB8CD753F114C7D3FEFE57F3F05FF7F3FF7FF7F3F0000803F0000803F0000803FBDFF403FCD527C3F86DC7F3FAAFE7F3FF3FF7F3F0000803F0000803F0000803FBDFF403FCD527C3F86DC7F3FAAFE7F3FF3FF7F3F0000803F0000803F0000803FF6FD14BE95337B3FAAD17F3F42FE7F3FEFFF7F3FFFFF7F3F0000803F0000803FF6FD14BE95337B3FAAD17F3F42FE7F3FEFFF7F3FFFFF7F3F0000803F0000803FD53F69BF94EE793F5CC57F3FCBFD7F3FEBFF7F3FFFFF7F3F0000803F0000803FD53F69BF94EE793F5CC57F3FCBFD7F3FEBFF7F3FFFFF7F3F0000803F0000803F64CD56BFFB83783F9BB77F3F47FD7F3FE6FF7F3FFFFF7F3F0000803F0000803F64CD56BFFB83783F9BB77F3F47FD7F3FE6FF7F3FFFFF7F3F0000803F0000803F7205913B00F4763F68A87F3FB5FC7F3FE0FF7F3FFFFF7F3F0000803F0000803F7205913B00F4763F68A87F3FB5FC7F3FE0FF7F3FFFFF7F3F0000803F0000803FD006583FE13E753FC3977F3F14FC7F3FDAFF7F3FFFFF7F3F0000803F0000803FD006583FE13E753FC3977F3F14FC7F3FDAFF7F3FFFFF7F3F0000803F0000803F6F4E683FDD64733FAB857F3F66FB7F3FD4FF7F3FFEFF7F3F0000803F0000803F6F4E683FDD64733FAB857F3F66FB7F3FD4FF7F3FFEFF7F3F0000803F0000803FD7040C3E3D66713F22727F3FAAFA7F3FCDFF7F3FFEFF7F3F0000803F0000803FD7040C3E3D66713F22727F3FAAFA7F3FCDFF7F3FFEFF7F3F0000803F0000803FE87A42BF4E436F3F265D7F3FE0F97F3FC5FF7F3FFEFF7F3F0000803F0000803FE87A42BF4E436F3F265D7F3FE0F97F3FC5FF7F3FFEFF7F3F0000803F0000803F2C2975BF61FC6C3FB9467F3F08F97F3FBDFF7F3FFDFF7F3F0000803F0000803F2C2975BF61FC6C3FB9467F3F08F97F3FBDFF7F3FFDFF7F3F0000803F0000803F36E28CBECF916A3FDA2E7F3F21F87F3FB4FF7F3FFDFF7F3F0000803F0000803F36E28CBECF916A3FDA2E7F3F21F87F3FB4FF7F3FFDFF7F3F0000803F0000803F840A293FF503683F8A157F3F2EF77F3FABFF7F3FFDFF7F3F0000803F0000803F840A293FF503683F8A157F3F2EF77F3FABFF7F3FFDFF7F3F0000803F0000803FBF1B7D3F3453653FC8FA7E3F2CF67F3FA1FF7F3FFCFF7F3F0000803F0000803FBF1B7D3F3453653FC8FA7E3F2CF67F3FA1FF7F3FFCFF7F3F0000803F0000803F22F0D03EF57F623F95DE7E3F1CF57F3F97FF7F3FFCFF7F3F0000803F0000803F22F0D03EF57F623F95DE7E3F1CF57F3F97FF7F3FFCFF7F3F0000803F0000803FFC370CBFA48A5F3FF1C07E3FFEF37F3F8CFF7F3FFCFF7F3F0000803F0000803FFC370CBFA48A5F3FF1C07E3FFEF37F3F8CFF7F3FFCFF7F3F0000803F0000803F6FFD7FBFB3735C3FDCA17E3FD2F27F3F81FF7F3FFBFF7F3F0000803F0000803F6FFD7FBFB3735C3FDCA17E3FD2F27F3F81FF7F3FFBFF7F3F0000803F0000803FBF6708BF993B593F56817E3F99F17F3F75FF7F3FFBFF7F3F0000803F0000803FBF6708BF993B593F56817E3F99F17F3F75FF7F3FFBFF7F3F0000803F0000803FFE2DD93ED3E2553F605F7E3F51F07F3F69FF7F3FFAFF7F3F0000803F0000803FFE2DD93ED3E2553F605F7E3F51F07F3F69FF7F3FFAFF7F3F0000803F0000803F78BF7D3FE069523FF93B7E3FFBEE7F3F5CFF7F3FFAFF7F3F0000803F0000803F78BF7D3FE069523FF93B7E3FFBEE7F3F5CFF7F3FFAFF7F3F0000803F0000803F819C253F47D14E3F22177E3F98ED7F3F4FFF7F3FF9FF7F3F0000803F0000803F819C253F47D14E3F22177E3F98ED7F3F4FFF7F3FF9FF7F3F0000803F0000803F389395BE92194B3FDBF07D3F27EC7F3F41FF7F3FF9FF7F3F0000803F0000803F389395BE92194B3FDBF07D3F27EC7F3F41FF7F3FF9FF7F3F0000803F0000803F576D76BF5043473F24C97D3FA7EA7F3F32FF7F3FF8FF7F3F0000803F0000803F576D76BF5043473F24C97D3FA7EA7F3F32FF7F3FF8FF7F3F0000803F0000803FB3803FBF154F433FFE9F7D3F1AE97F3F24FF7F3FF8FF7F3F0000803F0000803FB3803FBF154F433FFE9F7D3F1AE97F3F24FF7F3FF8FF7F3F0000803F0000803F18F41D3E7B3D3F3F69757D3F7FE77F3F14FF7F3FF7FF7F3F0000803F0000803F18F41D3E7B3D3F3F69757D3F7FE77F3F14FF7F3FF7FF7F3F0000803F0000803F8E2C6A3F1C0F3B3F64497D3FD6E57F3F04FF7F3FF7FF7F3F0000803F0000803F8E2C6A3F1C0F3B3F64497D3FD6E57F3F04FF7F3FF7FF7F3F0000803F0000803F"> : tensor<32x16xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %7 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573FB68EC63CA3089A3B4DF76E3A215D3939F8C80F38C410DF36A707AD35A46A573FB68EC63CA3089A3B4DF76E3A215D3939F8C80F38C410DF36A707AD35B7C7683FC77F463D33081A3C46F7EE3A215DB939F8C88F38C4105F37A7072D36B7C7683FC77F463D33081A3C46F7EE3A215DB939F8C88F38C4105F37A7072D36C381103E2BCD943D360B673C6C39333BD9050B3A74ADD738934CA737BDC58136C381103E2BCD943D360B673C6C39333BD9050B3A74ADD738934CA737BDC58136CFBD41BF1244C63D75069A3C2CF76E3B205D393AF8C80F39C410DF37A707AD36CFBD41BF1244C63D75069A3C2CF76E3B205D393AF8C80F39C410DF37A707AD36107C75BF269DF73D7086C03C6F5A953B67B4673A36BB33397A6A0B389149D836107C75BF269DF73D7086C03C6F5A953B67B4673A36BB33397A6A0B389149D8368C0F8FBE7D68143E5405E73C4039B33BD7058B3A74AD5739934C2738BDC501378C0F8FBE7D68143E5405E73C4039B33BD7058B3A74AD5739934C2738BDC501374630283F15EC2C3E75C1063D0818D13B7A31A23AB29F7B39AC2E4338B26617374630283F15EC2C3E75C1063D0818D13B7A31A23AB29F7B39AC2E4338B266173795467D3FAA55453E7DFF193DC4F6EE3B1D5DB93AF8C88F39C4105F38A7072D3795467D3FAA55453E7DFF193DC4F6EE3B1D5DB93AF8C88F39C4105F38A7072D373201D33E91A15D3EA53C2D3DB96A063CBF88D03A17C2A139DCF27A389CA842373201D33E91A15D3EA53C2D3DB96A063CBF88D03A17C2A139DCF27A389CA84237F8440BBF21CC753ED378403D095A153C61B4E73A36BBB3397A6A8B3891495837F8440BBF21CC753ED378403D095A153C61B4E73A36BBB3397A6A8B38914958375CFF7FBFDCE8863EEAB3533D5249243C02E0FE3A55B4C539875B993886EA6D375CFF7FBFDCE8863EEAB3533D5249243C02E0FE3A55B4C539875B993886EA6D37D85C09BF5DD7923ECFED663D9138333CD2050B3B74ADD739934CA738BDC58137D85C09BF5DD7923ECFED663D9138333CD2050B3B74ADD739934CA738BDC581372220D73EC7AF9E3E65267A3DC627423CA29B163B92A6E9399F3DB53838968C372220D73EC7AF9E3E65267A3DC627423CA29B163B92A6E9399F3DB53838968C3772987D3F5370AA3EC8AE863DF116513C7231223BB19FFB39AC2EC338B266973772987D3F5370AA3EC8AE863DF116513C7231223BB19FFB39AC2EC338B26697374479263F3C17B63E9C49903D1006603C42C72D3B68CC063AB81FD1382D37A2374479263F3C17B63E9C49903D1006603C42C72D3B68CC063AB81FD1382D37A237106893BEC1A2C13E9DE3993D24F56E3C115D393BF8C80F3AC410DF38A707AD37106893BEC1A2C13E9DE3993D24F56E3C115D393BF8C80F3AC410DF38A707AD37251E76BF2611CD3EC07CA33D2AE47D3CE0F2443B87C5183AD001ED3821D8B737251E76BF2611CD3EC07CA33D2AE47D3CE0F2443B87C5183AD001ED3821D8B737B34040BFB260D83EF714AD3D9169863CAE88503B16C2213ADCF2FA389CA8C237B34040BFB260D83EF714AD3D9169863CAE88503B16C2213ADCF2FA389CA8C2376979193EB28FE33E33ACB63D06E18D3C7C1E5C3BA5BE2A3AF47104391679CD376979193EB28FE33E33ACB63D06E18D3C7C1E5C3BA5BE2A3AF47104391679CD37C8B6693F789CEE3E6542C03D7358953C49B4673B35BB333A7A6A0B399149D837C8B6693F789CEE3E6542C03D7358953C49B4673B35BB333A7A6A0B399149D837102F563F5B85F93E82D7C93DD8CF9C3C164A733BC5B73C3A016312390B1AE337102F563F5B85F93E82D7C93DD8CF9C3C164A733BC5B73C3A016312390B1AE337150511BC5A24023F7B6BD33D3447A43CE3DF7E3B54B4453A875B193986EAED37150511BC5A24023F7B6BD33D3447A43CE3DF7E3B54B4453A875B193986EAED37E7A158BF7372073F41FEDC3D88BEAB3CD83A853BE3B04E3A0D54203900BBF837E7A158BF7372073F41FEDC3D88BEAB3CD83A853BE3B04E3A0D54203900BBF837FCD367BF2DAC0C3FC78FE63DD235B33CBE058B3B72AD573A934C2739BDC50138FCD367BF2DAC0C3FC78FE63DD235B33CBE058B3B72AD573A934C2739BDC50138388707BEBED0113FFF1FF03D13ADBA3CA3D0903B02AA603A19452E39FA2D0738388707BEBED0113FFF1FF03D13ADBA3CA3D0903B02AA603A19452E39FA2D07380837433F60DF163FDCAEF93D4924C23C889B963B91A6693A9F3D353938960C380837433F60DF163FDCAEF93D4924C23C889B963B91A6693A9F3D353938960C380ED5743F50D71B3F289E013E759BC93C6D669C3B20A3723A25363C3975FE11380ED5743F50D71B3F289E013E759BC93C6D669C3B20A3723A25363C3975FE11382AB48A3ED0B7203F2564063E9512D13C5231A23BAF9F7B3AAC2E4339B26617382AB48A3ED0B7203F2564063E9512D13C5231A23BAF9F7B3AAC2E4339B2661738E9E329BF2380253F60290B3EAB89D83C36FCA73B204E823A32274A39EFCE1C38E9E329BF2380253F60290B3EAB89D83C36FCA73B204E823A32274A39EFCE1C38A4EF7CBF902F2A3FD3ED0F3EB400E03C1AC7AD3B66CC863AB81F51392D372238A4EF7CBF902F2A3FD3ED0F3EB400E03C1AC7AD3B66CC863AB81F51392D37223806DECEBE65C52E3F74B1143EB277E73CFD91B33BAE4A8B3A3E1858396A9F273806DECEBE65C52E3F74B1143EB277E73CFD91B33BAE4A8B3A3E1858396A9F2738"> : tensor<32x16xf32>
    %8 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%7, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %10 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %12 = stablehlo.compare  LE, %10, %11,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %13 = stablehlo.constant dense<0.0e+00> : tensor<8x32xf32>
    %14 = stablehlo.constant dense<-1.0e+30> : tensor<8x32xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %16 = stablehlo.reshape %arg20 : (tensor<8xi32>) -> tensor<8x1xi32>
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
    %29 = stablehlo.convert %arg2 : (tensor<64xbf16>) -> tensor<64xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.multiply %30, %28 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %32 = stablehlo.convert %arg3 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %33 = stablehlo.dot_general %31, %32, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.reshape %33 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %35 = stablehlo.convert %arg4 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %36 = stablehlo.dot_general %31, %35, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %38 = stablehlo.convert %arg5 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %39 = stablehlo.dot_general %31, %38, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %41 = stablehlo.slice %34 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %42 = stablehlo.slice %34 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %43 = stablehlo.negate %42 : tensor<8x4x8xf32>
    %44 = stablehlo.concatenate %43, %41, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %45 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %46 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %47 = stablehlo.multiply %44, %46 : tensor<8x4x16xf32>
    %48 = stablehlo.multiply %34, %45 : tensor<8x4x16xf32>
    %49 = stablehlo.add %48, %47 : tensor<8x4x16xf32> loc("layers.0.q")
    %50 = stablehlo.slice %37 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %51 = stablehlo.slice %37 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %52 = stablehlo.negate %51 : tensor<8x2x8xf32>
    %53 = stablehlo.concatenate %52, %50, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %54 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %55 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %56 = stablehlo.multiply %53, %55 : tensor<8x2x16xf32>
    %57 = stablehlo.multiply %37, %54 : tensor<8x2x16xf32>
    %58 = stablehlo.add %57, %56 : tensor<8x2x16xf32> loc("layers.0.k")
    %59 = stablehlo.reshape %58 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %60 = stablehlo.dynamic_update_slice %arg24, %59, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %61 = stablehlo.reshape %40 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %62 = stablehlo.dynamic_update_slice %arg25, %61, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %63 = stablehlo.reshape %49 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %64 = stablehlo.dynamic_slice %60, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %66 = stablehlo.dynamic_slice %62, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %68 = stablehlo.dot_general %63, %65, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %69 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %70 = stablehlo.multiply %68, %69 : tensor<2x8x2x32xf32>
    %71 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %72 = stablehlo.add %70, %71 : tensor<2x8x2x32xf32>
    %73 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %74 = stablehlo.reduce(%72 init: %73) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %76 = stablehlo.subtract %72, %75 : tensor<2x8x2x32xf32>
    %77 = stablehlo.exponential %76 : tensor<2x8x2x32xf32>
    %78 = stablehlo.reduce(%77 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %80 = stablehlo.divide %77, %79 : tensor<2x8x2x32xf32>
    %81 = stablehlo.dot_general %80, %67, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %82 = stablehlo.transpose %81, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %83 = stablehlo.reshape %82 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %84 = stablehlo.convert %arg6 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %85 = stablehlo.dot_general %83, %84, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %86 = stablehlo.add %18, %85 : tensor<8x64xf32>
    %87 = stablehlo.multiply %86, %86 : tensor<8x64xf32>
    %88 = stablehlo.reduce(%87 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %89 = stablehlo.divide %88, %22 : tensor<8xf32>
    %90 = stablehlo.add %89, %24 : tensor<8xf32>
    %91 = stablehlo.rsqrt %90 : tensor<8xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %93 = stablehlo.multiply %86, %92 : tensor<8x64xf32>
    %94 = stablehlo.convert %arg7 : (tensor<64xbf16>) -> tensor<64xf32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %96 = stablehlo.multiply %95, %93 : tensor<8x64xf32>
    %97 = stablehlo.convert %arg8 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %98 = stablehlo.dot_general %96, %97, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %99 = stablehlo.convert %arg9 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %100 = stablehlo.dot_general %96, %99, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %101 = stablehlo.logistic %98 : tensor<8x128xf32>
    %102 = stablehlo.multiply %98, %101 : tensor<8x128xf32>
    %103 = stablehlo.multiply %102, %100 : tensor<8x128xf32>
    %104 = stablehlo.convert %arg10 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %105 = stablehlo.dot_general %103, %104, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %106 = stablehlo.add %86, %105 : tensor<8x64xf32> loc("layers.0.out")
    %107 = stablehlo.multiply %106, %106 : tensor<8x64xf32>
    %108 = stablehlo.reduce(%107 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %109 = stablehlo.divide %108, %22 : tensor<8xf32>
    %110 = stablehlo.add %109, %24 : tensor<8xf32>
    %111 = stablehlo.rsqrt %110 : tensor<8xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %113 = stablehlo.multiply %106, %112 : tensor<8x64xf32>
    %114 = stablehlo.convert %arg11 : (tensor<64xbf16>) -> tensor<64xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %116 = stablehlo.multiply %115, %113 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %117 = stablehlo.convert %arg12 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %118 = stablehlo.dot_general %116, %117, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %119 = stablehlo.reshape %118 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %120 = stablehlo.convert %arg13 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %121 = stablehlo.dot_general %116, %120, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %122 = stablehlo.reshape %121 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %123 = stablehlo.convert %arg14 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %124 = stablehlo.dot_general %116, %123, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %125 = stablehlo.reshape %124 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %126 = stablehlo.slice %119 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %127 = stablehlo.slice %119 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %128 = stablehlo.negate %127 : tensor<8x4x8xf32>
    %129 = stablehlo.concatenate %128, %126, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %130 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %131 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<8x4x16xf32>
    %133 = stablehlo.multiply %119, %130 : tensor<8x4x16xf32>
    %134 = stablehlo.add %133, %132 : tensor<8x4x16xf32> loc("layers.1.q")
    %135 = stablehlo.slice %122 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %136 = stablehlo.slice %122 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %137 = stablehlo.negate %136 : tensor<8x2x8xf32>
    %138 = stablehlo.concatenate %137, %135, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %139 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %140 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %141 = stablehlo.multiply %138, %140 : tensor<8x2x16xf32>
    %142 = stablehlo.multiply %122, %139 : tensor<8x2x16xf32>
    %143 = stablehlo.add %142, %141 : tensor<8x2x16xf32> loc("layers.1.k")
    %144 = stablehlo.reshape %143 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %145 = stablehlo.dynamic_update_slice %arg26, %144, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %146 = stablehlo.reshape %125 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %147 = stablehlo.dynamic_update_slice %arg27, %146, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %148 = stablehlo.reshape %134 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %149 = stablehlo.dynamic_slice %145, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %151 = stablehlo.dynamic_slice %147, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %153 = stablehlo.dot_general %148, %150, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %154 = stablehlo.multiply %153, %69 : tensor<2x8x2x32xf32>
    %155 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %156 = stablehlo.add %154, %155 : tensor<2x8x2x32xf32>
    %157 = stablehlo.reduce(%156 init: %73) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %159 = stablehlo.subtract %156, %158 : tensor<2x8x2x32xf32>
    %160 = stablehlo.exponential %159 : tensor<2x8x2x32xf32>
    %161 = stablehlo.reduce(%160 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %163 = stablehlo.divide %160, %162 : tensor<2x8x2x32xf32>
    %164 = stablehlo.dot_general %163, %152, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %165 = stablehlo.transpose %164, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %166 = stablehlo.reshape %165 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %167 = stablehlo.convert %arg15 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %168 = stablehlo.dot_general %166, %167, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %169 = stablehlo.add %106, %168 : tensor<8x64xf32>
    %170 = stablehlo.multiply %169, %169 : tensor<8x64xf32>
    %171 = stablehlo.reduce(%170 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %172 = stablehlo.divide %171, %22 : tensor<8xf32>
    %173 = stablehlo.add %172, %24 : tensor<8xf32>
    %174 = stablehlo.rsqrt %173 : tensor<8xf32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %176 = stablehlo.multiply %169, %175 : tensor<8x64xf32>
    %177 = stablehlo.convert %arg16 : (tensor<64xbf16>) -> tensor<64xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %179 = stablehlo.multiply %178, %176 : tensor<8x64xf32>
    %180 = stablehlo.convert %arg17 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %181 = stablehlo.dot_general %179, %180, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %182 = stablehlo.convert %arg18 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %183 = stablehlo.dot_general %179, %182, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %184 = stablehlo.logistic %181 : tensor<8x128xf32>
    %185 = stablehlo.multiply %181, %184 : tensor<8x128xf32>
    %186 = stablehlo.multiply %185, %183 : tensor<8x128xf32>
    %187 = stablehlo.convert %arg19 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %189 = stablehlo.add %169, %188 : tensor<8x64xf32> loc("layers.1.out")
    %190 = stablehlo.constant dense<1> : tensor<i32>
    %191 = stablehlo.subtract %arg22, %190 : tensor<i32>
    %192 = stablehlo.dynamic_slice %189, %191, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %193 = stablehlo.multiply %192, %192 : tensor<1x64xf32>
    %194 = stablehlo.reduce(%193 init: %20) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %195 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %196 = stablehlo.divide %194, %195 : tensor<1xf32>
    %197 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %198 = stablehlo.add %196, %197 : tensor<1xf32>
    %199 = stablehlo.rsqrt %198 : tensor<1xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %201 = stablehlo.multiply %192, %200 : tensor<1x64xf32>
    %202 = stablehlo.convert %arg1 : (tensor<64xbf16>) -> tensor<64xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %204 = stablehlo.multiply %203, %201 : tensor<1x64xf32> loc("final_norm")
    %205 = stablehlo.convert %arg0 : (tensor<256x64xbf16>) -> tensor<256x64xf32>
    %206 = stablehlo.dot_general %204, %205, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %207 = stablehlo.reshape %206 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %207, %60, %62, %145, %147 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
