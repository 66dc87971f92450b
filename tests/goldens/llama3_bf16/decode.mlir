module @decode {
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
      %arg20: tensor<2xi32> loc("tokens"),
      %arg21: tensor<2xi32> loc("pos"),
      %arg22: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg23: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg24: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg25: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg21 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg21 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3FBFEC7F3F47FF7F3FF9FF7F3F0000803F0000803F0000803F0000803F40510A3FBFEC7F3F47FF7F3FF9FF7F3F0000803F0000803F0000803F0000803F3311D5BEFFB27F3F1BFD7F3FE4FF7F3FFFFF7F3F0000803F0000803F0000803F3311D5BEFFB27F3F1BFD7F3FE4FF7F3FFFFF7F3F0000803F0000803F0000803F26707DBFCA527F3F7CF97F3FC1FF7F3FFEFF7F3F0000803F0000803F0000803F26707DBFCA527F3F7CF97F3FC1FF7F3FFEFF7F3F0000803F0000803F0000803F305527BF2CCC7E3F6AF47F3F90FF7F3FFCFF7F3F0000803F0000803F0000803F305527BF2CCC7E3F6AF47F3F90FF7F3FFCFF7F3F0000803F0000803F0000803F2C3C913E3B1F7E3FE6ED7F3F52FF7F3FF9FF7F3F0000803F0000803F0000803F2C3C913E3B1F7E3FE6ED7F3F52FF7F3FF9FF7F3F0000803F0000803F0000803FB8CD753F114C7D3FEFE57F3F05FF7F3FF7FF7F3F0000803F0000803F0000803FB8CD753F114C7D3FEFE57F3F05FF7F3FF7FF7F3F0000803F0000803F0000803FBDFF403FCD527C3F86DC7F3FAAFE7F3FF3FF7F3F0000803F0000803F0000803FBDFF403FCD527C3F86DC7F3FAAFE7F3FF3FF7F3F0000803F0000803F0000803FF6FD14BE95337B3FAAD17F3F42FE7F3FEFFF7F3FFFFF7F3F0000803F0000803FF6FD14BE95337B3FAAD17F3F42FE7F3FEFFF7F3FFFFF7F3F0000803F0000803FD53F69BF94EE793F5CC57F3FCBFD7F3FEBFF7F3FFFFF7F3F0000803F0000803FD53F69BF94EE793F5CC57F3FCBFD7F3FEBFF7F3FFFFF7F3F0000803F0000803F64CD56BFFB83783F9BB77F3F47FD7F3FE6FF7F3FFFFF7F3F0000803F0000803F64CD56BFFB83783F9BB77F3F47FD7F3FE6FF7F3FFFFF7F3F0000803F0000803F7205913B00F4763F68A87F3FB5FC7F3FE0FF7F3FFFFF7F3F0000803F0000803F7205913B00F4763F68A87F3FB5FC7F3FE0FF7F3FFFFF7F3F0000803F0000803FD006583FE13E753FC3977F3F14FC7F3FDAFF7F3FFFFF7F3F0000803F0000803FD006583FE13E753FC3977F3F14FC7F3FDAFF7F3FFFFF7F3F0000803F0000803F6F4E683FDD64733FAB857F3F66FB7F3FD4FF7F3FFEFF7F3F0000803F0000803F6F4E683FDD64733FAB857F3F66FB7F3FD4FF7F3FFEFF7F3F0000803F0000803FD7040C3E3D66713F22727F3FAAFA7F3FCDFF7F3FFEFF7F3F0000803F0000803FD7040C3E3D66713F22727F3FAAFA7F3FCDFF7F3FFEFF7F3F0000803F0000803FE87A42BF4E436F3F265D7F3FE0F97F3FC5FF7F3FFEFF7F3F0000803F0000803FE87A42BF4E436F3F265D7F3FE0F97F3FC5FF7F3FFEFF7F3F0000803F0000803F2C2975BF61FC6C3FB9467F3F08F97F3FBDFF7F3FFDFF7F3F0000803F0000803F2C2975BF61FC6C3FB9467F3F08F97F3FBDFF7F3FFDFF7F3F0000803F0000803F36E28CBECF916A3FDA2E7F3F21F87F3FB4FF7F3FFDFF7F3F0000803F0000803F36E28CBECF916A3FDA2E7F3F21F87F3FB4FF7F3FFDFF7F3F0000803F0000803F840A293FF503683F8A157F3F2EF77F3FABFF7F3FFDFF7F3F0000803F0000803F840A293FF503683F8A157F3F2EF77F3FABFF7F3FFDFF7F3F0000803F0000803FBF1B7D3F3453653FC8FA7E3F2CF67F3FA1FF7F3FFCFF7F3F0000803F0000803FBF1B7D3F3453653FC8FA7E3F2CF67F3FA1FF7F3FFCFF7F3F0000803F0000803F22F0D03EF57F623F95DE7E3F1CF57F3F97FF7F3FFCFF7F3F0000803F0000803F22F0D03EF57F623F95DE7E3F1CF57F3F97FF7F3FFCFF7F3F0000803F0000803FFC370CBFA48A5F3FF1C07E3FFEF37F3F8CFF7F3FFCFF7F3F0000803F0000803FFC370CBFA48A5F3FF1C07E3FFEF37F3F8CFF7F3FFCFF7F3F0000803F0000803F6FFD7FBFB3735C3FDCA17E3FD2F27F3F81FF7F3FFBFF7F3F0000803F0000803F6FFD7FBFB3735C3FDCA17E3FD2F27F3F81FF7F3FFBFF7F3F0000803F0000803FBF6708BF993B593F56817E3F99F17F3F75FF7F3FFBFF7F3F0000803F0000803FBF6708BF993B593F56817E3F99F17F3F75FF7F3FFBFF7F3F0000803F0000803FFE2DD93ED3E2553F605F7E3F51F07F3F69FF7F3FFAFF7F3F0000803F0000803FFE2DD93ED3E2553F605F7E3F51F07F3F69FF7F3FFAFF7F3F0000803F0000803F78BF7D3FE069523FF93B7E3FFBEE7F3F5CFF7F3FFAFF7F3F0000803F0000803F78BF7D3FE069523FF93B7E3FFBEE7F3F5CFF7F3FFAFF7F3F0000803F0000803F819C253F47D14E3F22177E3F98ED7F3F4FFF7F3FF9FF7F3F0000803F0000803F819C253F47D14E3F22177E3F98ED7F3F4FFF7F3FF9FF7F3F0000803F0000803F389395BE92194B3FDBF07D3F27EC7F3F41FF7F3FF9FF7F3F0000803F0000803F389395BE92194B3FDBF07D3F27EC7F3F41FF7F3FF9FF7F3F0000803F0000803F576D76BF5043473F24C97D3FA7EA7F3F32FF7F3FF8FF7F3F0000803F0000803F576D76BF5043473F24C97D3FA7EA7F3F32FF7F3FF8FF7F3F0000803F0000803FB3803FBF154F433FFE9F7D3F1AE97F3F24FF7F3FF8FF7F3F0000803F0000803FB3803FBF154F433FFE9F7D3F1AE97F3F24FF7F3FF8FF7F3F0000803F0000803F18F41D3E7B3D3F3F69757D3F7FE77F3F14FF7F3FF7FF7F3F0000803F0000803F18F41D3E7B3D3F3F69757D3F7FE77F3F14FF7F3FF7FF7F3F0000803F0000803F8E2C6A3F1C0F3B3F64497D3FD6E57F3F04FF7F3FF7FF7F3F0000803F0000803F8E2C6A3F1C0F3B3F64497D3FD6E57F3F04FF7F3FF7FF7F3F0000803F0000803F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg21 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573FB68EC63CA3089A3B4DF76E3A215D3939F8C80F38C410DF36A707AD35A46A573FB68EC63CA3089A3B4DF76E3A215D3939F8C80F38C410DF36A707AD35B7C7683FC77F463D33081A3C46F7EE3A215DB939F8C88F38C4105F37A7072D36B7C7683FC77F463D33081A3C46F7EE3A215DB939F8C88F38C4105F37A7072D36C381103E2BCD943D360B673C6C39333BD9050B3A74ADD738934CA737BDC58136C381103E2BCD943D360B673C6C39333BD9050B3A74ADD738934CA737BDC58136CFBD41BF1244C63D75069A3C2CF76E3B205D393AF8C80F39C410DF37A707AD36CFBD41BF1244C63D75069A3C2CF76E3B205D393AF8C80F39C410DF37A707AD36107C75BF269DF73D7086C03C6F5A953B67B4673A36BB33397A6A0B389149D836107C75BF269DF73D7086C03C6F5A953B67B4673A36BB33397A6A0B389149D8368C0F8FBE7D68143E5405E73C4039B33BD7058B3A74AD5739934C2738BDC501378C0F8FBE7D68143E5405E73C4039B33BD7058B3A74AD5739934C2738BDC501374630283F15EC2C3E75C1063D0818D13B7A31A23AB29F7B39AC2E4338B26617374630283F15EC2C3E75C1063D0818D13B7A31A23AB29F7B39AC2E4338B266173795467D3FAA55453E7DFF193DC4F6EE3B1D5DB93AF8C88F39C4105F38A7072D3795467D3FAA55453E7DFF193DC4F6EE3B1D5DB93AF8C88F39C4105F38A7072D373201D33E91A15D3EA53C2D3DB96A063CBF88D03A17C2A139DCF27A389CA842373201D33E91A15D3EA53C2D3DB96A063CBF88D03A17C2A139DCF27A389CA84237F8440BBF21CC753ED378403D095A153C61B4E73A36BBB3397A6A8B3891495837F8440BBF21CC753ED378403D095A153C61B4E73A36BBB3397A6A8B38914958375CFF7FBFDCE8863EEAB3533D5249243C02E0FE3A55B4C539875B993886EA6D375CFF7FBFDCE8863EEAB3533D5249243C02E0FE3A55B4C539875B993886EA6D37D85C09BF5DD7923ECFED663D9138333CD2050B3B74ADD739934CA738BDC58137D85C09BF5DD7923ECFED663D9138333CD2050B3B74ADD739934CA738BDC581372220D73EC7AF9E3E65267A3DC627423CA29B163B92A6E9399F3DB53838968C372220D73EC7AF9E3E65267A3DC627423CA29B163B92A6E9399F3DB53838968C3772987D3F5370AA3EC8AE863DF116513C7231223BB19FFB39AC2EC338B266973772987D3F5370AA3EC8AE863DF116513C7231223BB19FFB39AC2EC338B26697374479263F3C17B63E9C49903D1006603C42C72D3B68CC063AB81FD1382D37A2374479263F3C17B63E9C49903D1006603C42C72D3B68CC063AB81FD1382D37A237106893BEC1A2C13E9DE3993D24F56E3C115D393BF8C80F3AC410DF38A707AD37106893BEC1A2C13E9DE3993D24F56E3C115D393BF8C80F3AC410DF38A707AD37251E76BF2611CD3EC07CA33D2AE47D3CE0F2443B87C5183AD001ED3821D8B737251E76BF2611CD3EC07CA33D2AE47D3CE0F2443B87C5183AD001ED3821D8B737B34040BFB260D83EF714AD3D9169863CAE88503B16C2213ADCF2FA389CA8C237B34040BFB260D83EF714AD3D9169863CAE88503B16C2213ADCF2FA389CA8C2376979193EB28FE33E33ACB63D06E18D3C7C1E5C3BA5BE2A3AF47104391679CD376979193EB28FE33E33ACB63D06E18D3C7C1E5C3BA5BE2A3AF47104391679CD37C8B6693F789CEE3E6542C03D7358953C49B4673B35BB333A7A6A0B399149D837C8B6693F789CEE3E6542C03D7358953C49B4673B35BB333A7A6A0B399149D837102F563F5B85F93E82D7C93DD8CF9C3C164A733BC5B73C3A016312390B1AE337102F563F5B85F93E82D7C93DD8CF9C3C164A733BC5B73C3A016312390B1AE337150511BC5A24023F7B6BD33D3447A43CE3DF7E3B54B4453A875B193986EAED37150511BC5A24023F7B6BD33D3447A43CE3DF7E3B54B4453A875B193986EAED37E7A158BF7372073F41FEDC3D88BEAB3CD83A853BE3B04E3A0D54203900BBF837E7A158BF7372073F41FEDC3D88BEAB3CD83A853BE3B04E3A0D54203900BBF837FCD367BF2DAC0C3FC78FE63DD235B33CBE058B3B72AD573A934C2739BDC50138FCD367BF2DAC0C3FC78FE63DD235B33CBE058B3B72AD573A934C2739BDC50138388707BEBED0113FFF1FF03D13ADBA3CA3D0903B02AA603A19452E39FA2D0738388707BEBED0113FFF1FF03D13ADBA3CA3D0903B02AA603A19452E39FA2D07380837433F60DF163FDCAEF93D4924C23C889B963B91A6693A9F3D353938960C380837433F60DF163FDCAEF93D4924C23C889B963B91A6693A9F3D353938960C380ED5743F50D71B3F289E013E759BC93C6D669C3B20A3723A25363C3975FE11380ED5743F50D71B3F289E013E759BC93C6D669C3B20A3723A25363C3975FE11382AB48A3ED0B7203F2564063E9512D13C5231A23BAF9F7B3AAC2E4339B26617382AB48A3ED0B7203F2564063E9512D13C5231A23BAF9F7B3AAC2E4339B2661738E9E329BF2380253F60290B3EAB89D83C36FCA73B204E823A32274A39EFCE1C38E9E329BF2380253F60290B3EAB89D83C36FCA73B204E823A32274A39EFCE1C38A4EF7CBF902F2A3FD3ED0F3EB400E03C1AC7AD3B66CC863AB81F51392D372238A4EF7CBF902F2A3FD3ED0F3EB400E03C1AC7AD3B66CC863AB81F51392D37223806DECEBE65C52E3F74B1143EB277E73CFD91B33BAE4A8B3A3E1858396A9F273806DECEBE65C52E3F74B1143EB277E73CFD91B33BAE4A8B3A3E1858396A9F2738"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg21 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg21, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg20 : (tensor<2xi32>) -> tensor<2x1xi32>
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
    %31 = stablehlo.convert %arg2 : (tensor<64xbf16>) -> tensor<64xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %33 = stablehlo.multiply %32, %30 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %34 = stablehlo.convert %arg3 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %35 = stablehlo.dot_general %33, %34, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %36 = stablehlo.reshape %35 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %37 = stablehlo.convert %arg4 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %38 = stablehlo.dot_general %33, %37, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %40 = stablehlo.convert %arg5 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %41 = stablehlo.dot_general %33, %40, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %43 = stablehlo.slice %36 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %44 = stablehlo.slice %36 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %45 = stablehlo.negate %44 : tensor<2x4x8xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %47 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %48 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<2x4x16xf32>
    %50 = stablehlo.multiply %36, %47 : tensor<2x4x16xf32>
    %51 = stablehlo.add %50, %49 : tensor<2x4x16xf32> loc("layers.0.q")
    %52 = stablehlo.slice %39 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %53 = stablehlo.slice %39 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %54 = stablehlo.negate %53 : tensor<2x2x8xf32>
    %55 = stablehlo.concatenate %54, %52, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %56 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %57 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %58 = stablehlo.multiply %55, %57 : tensor<2x2x16xf32>
    %59 = stablehlo.multiply %39, %56 : tensor<2x2x16xf32>
    %60 = stablehlo.add %59, %58 : tensor<2x2x16xf32> loc("layers.0.k")
    %61 = stablehlo.slice %60 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %63 = stablehlo.dynamic_update_slice %arg22, %62, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %64 = stablehlo.slice %60 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %66 = stablehlo.dynamic_update_slice %63, %65, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %67 = stablehlo.slice %42 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %69 = stablehlo.dynamic_update_slice %arg23, %68, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %70 = stablehlo.slice %42 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %72 = stablehlo.dynamic_update_slice %69, %71, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %73 = stablehlo.reshape %51 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %74 = stablehlo.dot_general %73, %66, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %75 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<2x2x2x32xf32>
    %77 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %78 = stablehlo.add %76, %77 : tensor<2x2x2x32xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<2x2x2x32xf32>
    %83 = stablehlo.exponential %82 : tensor<2x2x2x32xf32>
    %84 = stablehlo.reduce(%83 init: %22) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %86 = stablehlo.divide %83, %85 : tensor<2x2x2x32xf32>
    %87 = stablehlo.dot_general %86, %72, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %88 = stablehlo.reshape %87 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %89 = stablehlo.convert %arg6 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %90 = stablehlo.dot_general %88, %89, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %91 = stablehlo.add %20, %90 : tensor<2x64xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<2x64xf32>
    %93 = stablehlo.reduce(%92 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %94 = stablehlo.divide %93, %24 : tensor<2xf32>
    %95 = stablehlo.add %94, %26 : tensor<2xf32>
    %96 = stablehlo.rsqrt %95 : tensor<2xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %98 = stablehlo.multiply %91, %97 : tensor<2x64xf32>
    %99 = stablehlo.convert %arg7 : (tensor<64xbf16>) -> tensor<64xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %101 = stablehlo.multiply %100, %98 : tensor<2x64xf32>
    %102 = stablehlo.convert %arg8 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %103 = stablehlo.dot_general %101, %102, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %104 = stablehlo.convert %arg9 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %105 = stablehlo.dot_general %101, %104, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %106 = stablehlo.logistic %103 : tensor<2x128xf32>
    %107 = stablehlo.multiply %103, %106 : tensor<2x128xf32>
    %108 = stablehlo.multiply %107, %105 : tensor<2x128xf32>
    %109 = stablehlo.convert %arg10 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %111 = stablehlo.add %91, %110 : tensor<2x64xf32> loc("layers.0.out")
    %112 = stablehlo.multiply %111, %111 : tensor<2x64xf32>
    %113 = stablehlo.reduce(%112 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %114 = stablehlo.divide %113, %24 : tensor<2xf32>
    %115 = stablehlo.add %114, %26 : tensor<2xf32>
    %116 = stablehlo.rsqrt %115 : tensor<2xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<2x64xf32>
    %119 = stablehlo.convert %arg11 : (tensor<64xbf16>) -> tensor<64xf32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %121 = stablehlo.multiply %120, %118 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %122 = stablehlo.convert %arg12 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %123 = stablehlo.dot_general %121, %122, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %124 = stablehlo.reshape %123 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %125 = stablehlo.convert %arg13 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %126 = stablehlo.dot_general %121, %125, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %127 = stablehlo.reshape %126 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %128 = stablehlo.convert %arg14 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %129 = stablehlo.dot_general %121, %128, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %130 = stablehlo.reshape %129 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %131 = stablehlo.slice %124 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %132 = stablehlo.slice %124 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %133 = stablehlo.negate %132 : tensor<2x4x8xf32>
    %134 = stablehlo.concatenate %133, %131, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %135 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %136 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<2x4x16xf32>
    %138 = stablehlo.multiply %124, %135 : tensor<2x4x16xf32>
    %139 = stablehlo.add %138, %137 : tensor<2x4x16xf32> loc("layers.1.q")
    %140 = stablehlo.slice %127 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %141 = stablehlo.slice %127 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %142 = stablehlo.negate %141 : tensor<2x2x8xf32>
    %143 = stablehlo.concatenate %142, %140, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %144 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %145 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<2x2x16xf32>
    %147 = stablehlo.multiply %127, %144 : tensor<2x2x16xf32>
    %148 = stablehlo.add %147, %146 : tensor<2x2x16xf32> loc("layers.1.k")
    %149 = stablehlo.slice %148 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %151 = stablehlo.dynamic_update_slice %arg24, %150, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %152 = stablehlo.slice %148 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %154 = stablehlo.dynamic_update_slice %151, %153, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %155 = stablehlo.slice %130 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %156 = stablehlo.reshape %155 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %157 = stablehlo.dynamic_update_slice %arg25, %156, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %158 = stablehlo.slice %130 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %160 = stablehlo.dynamic_update_slice %157, %159, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %161 = stablehlo.reshape %139 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %162 = stablehlo.dot_general %161, %154, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %163 = stablehlo.multiply %162, %75 : tensor<2x2x2x32xf32>
    %164 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %165 = stablehlo.add %163, %164 : tensor<2x2x2x32xf32>
    %166 = stablehlo.reduce(%165 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %168 = stablehlo.subtract %165, %167 : tensor<2x2x2x32xf32>
    %169 = stablehlo.exponential %168 : tensor<2x2x2x32xf32>
    %170 = stablehlo.reduce(%169 init: %22) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %172 = stablehlo.divide %169, %171 : tensor<2x2x2x32xf32>
    %173 = stablehlo.dot_general %172, %160, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %174 = stablehlo.reshape %173 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %175 = stablehlo.convert %arg15 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %176 = stablehlo.dot_general %174, %175, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %177 = stablehlo.add %111, %176 : tensor<2x64xf32>
    %178 = stablehlo.multiply %177, %177 : tensor<2x64xf32>
    %179 = stablehlo.reduce(%178 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %180 = stablehlo.divide %179, %24 : tensor<2xf32>
    %181 = stablehlo.add %180, %26 : tensor<2xf32>
    %182 = stablehlo.rsqrt %181 : tensor<2xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %184 = stablehlo.multiply %177, %183 : tensor<2x64xf32>
    %185 = stablehlo.convert %arg16 : (tensor<64xbf16>) -> tensor<64xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %187 = stablehlo.multiply %186, %184 : tensor<2x64xf32>
    %188 = stablehlo.convert %arg17 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %189 = stablehlo.dot_general %187, %188, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %190 = stablehlo.convert %arg18 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %191 = stablehlo.dot_general %187, %190, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %192 = stablehlo.logistic %189 : tensor<2x128xf32>
    %193 = stablehlo.multiply %189, %192 : tensor<2x128xf32>
    %194 = stablehlo.multiply %193, %191 : tensor<2x128xf32>
    %195 = stablehlo.convert %arg19 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %196 = stablehlo.dot_general %194, %195, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %197 = stablehlo.add %177, %196 : tensor<2x64xf32> loc("layers.1.out")
    %198 = stablehlo.multiply %197, %197 : tensor<2x64xf32>
    %199 = stablehlo.reduce(%198 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %200 = stablehlo.divide %199, %24 : tensor<2xf32>
    %201 = stablehlo.add %200, %26 : tensor<2xf32>
    %202 = stablehlo.rsqrt %201 : tensor<2xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %204 = stablehlo.multiply %197, %203 : tensor<2x64xf32>
    %205 = stablehlo.convert %arg1 : (tensor<64xbf16>) -> tensor<64xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %207 = stablehlo.multiply %206, %204 : tensor<2x64xf32> loc("final_norm")
    %208 = stablehlo.convert %arg0 : (tensor<256x64xbf16>) -> tensor<256x64xf32>
    %209 = stablehlo.dot_general %207, %208, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %209, %66, %72, %154, %160 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
