module @prefill {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("transformer.wte.weight"),
      %arg1: tensor<64xf32> loc("transformer.ln_f.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64xf32> loc("transformer.h.0.ln_1.weight"),
      %arg4: tensor<64x64xf32> loc("transformer.h.0.attn.attention.q_proj.weight"),
      %arg5: tensor<32x64xf32> loc("transformer.h.0.attn.attention.k_proj.weight"),
      %arg6: tensor<32x64xf32> loc("transformer.h.0.attn.attention.v_proj.weight"),
      %arg7: tensor<64x64xf32> loc("transformer.h.0.attn.attention.out_proj.weight"),
      %arg8: tensor<64xf32> loc("transformer.h.0.ln_2.weight"),
      %arg9: tensor<128x64xf32> loc("transformer.h.0.mlp.c_fc_0.weight"),
      %arg10: tensor<128x64xf32> loc("transformer.h.0.mlp.c_fc_1.weight"),
      %arg11: tensor<64x128xf32> loc("transformer.h.0.mlp.c_proj.weight"),
      %arg12: tensor<64xf32> loc("transformer.h.1.ln_1.weight"),
      %arg13: tensor<64x64xf32> loc("transformer.h.1.attn.attention.q_proj.weight"),
      %arg14: tensor<32x64xf32> loc("transformer.h.1.attn.attention.k_proj.weight"),
      %arg15: tensor<32x64xf32> loc("transformer.h.1.attn.attention.v_proj.weight"),
      %arg16: tensor<64x64xf32> loc("transformer.h.1.attn.attention.out_proj.weight"),
      %arg17: tensor<64xf32> loc("transformer.h.1.ln_2.weight"),
      %arg18: tensor<128x64xf32> loc("transformer.h.1.mlp.c_fc_0.weight"),
      %arg19: tensor<128x64xf32> loc("transformer.h.1.mlp.c_fc_1.weight"),
      %arg20: tensor<64x128xf32> loc("transformer.h.1.mlp.c_proj.weight"),
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
    %16 = stablehlo.reshape %arg21 : (tensor<8xi32>) -> tensor<8x1xi32>
    %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %18 = stablehlo.multiply %17, %17 : tensor<8x64xf32>
    %19 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %20 = stablehlo.reduce(%18 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %22 = stablehlo.divide %20, %21 : tensor<8xf32>
    %23 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %24 = stablehlo.add %22, %23 : tensor<8xf32>
    %25 = stablehlo.rsqrt %24 : tensor<8xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %27 = stablehlo.multiply %17, %26 : tensor<8x64xf32>
    %28 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %29 = stablehlo.multiply %28, %27 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %30 = stablehlo.dot_general %29, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %32 = stablehlo.dot_general %29, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %33 = stablehlo.reshape %32 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %34 = stablehlo.dot_general %29, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
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
    %55 = stablehlo.dynamic_update_slice %arg25, %54, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %56 = stablehlo.reshape %35 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %57 = stablehlo.dynamic_update_slice %arg26, %56, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %58 = stablehlo.reshape %44 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %59 = stablehlo.dynamic_slice %55, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %61 = stablehlo.dynamic_slice %57, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
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
    %79 = stablehlo.dot_general %78, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %80 = stablehlo.add %17, %79 : tensor<8x64xf32>
    %81 = stablehlo.multiply %80, %80 : tensor<8x64xf32>
    %82 = stablehlo.reduce(%81 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %83 = stablehlo.divide %82, %21 : tensor<8xf32>
    %84 = stablehlo.add %83, %23 : tensor<8xf32>
    %85 = stablehlo.rsqrt %84 : tensor<8xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %87 = stablehlo.multiply %80, %86 : tensor<8x64xf32>
    %88 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %89 = stablehlo.multiply %88, %87 : tensor<8x64xf32>
    %90 = stablehlo.dot_general %89, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %91 = stablehlo.dot_general %89, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %92 = stablehlo.logistic %90 : tensor<8x128xf32>
    %93 = stablehlo.multiply %90, %92 : tensor<8x128xf32>
    %94 = stablehlo.multiply %93, %91 : tensor<8x128xf32>
    %95 = stablehlo.dot_general %94, %arg11, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %96 = stablehlo.add %80, %95 : tensor<8x64xf32> loc("layers.0.out")
    %97 = stablehlo.multiply %96, %96 : tensor<8x64xf32>
    %98 = stablehlo.reduce(%97 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %99 = stablehlo.divide %98, %21 : tensor<8xf32>
    %100 = stablehlo.add %99, %23 : tensor<8xf32>
    %101 = stablehlo.rsqrt %100 : tensor<8xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<8x64xf32>
    %104 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %105 = stablehlo.multiply %104, %103 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %106 = stablehlo.dot_general %105, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %107 = stablehlo.reshape %106 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %108 = stablehlo.dot_general %105, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %109 = stablehlo.reshape %108 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %110 = stablehlo.dot_general %105, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
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
    %131 = stablehlo.dynamic_update_slice %arg27, %130, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %132 = stablehlo.reshape %111 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %133 = stablehlo.dynamic_update_slice %arg28, %132, %arg24, %arg22, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %134 = stablehlo.reshape %120 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %135 = stablehlo.dynamic_slice %131, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %137 = stablehlo.dynamic_slice %133, %arg24, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
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
    %153 = stablehlo.dot_general %152, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %154 = stablehlo.add %96, %153 : tensor<8x64xf32>
    %155 = stablehlo.multiply %154, %154 : tensor<8x64xf32>
    %156 = stablehlo.reduce(%155 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %157 = stablehlo.divide %156, %21 : tensor<8xf32>
    %158 = stablehlo.add %157, %23 : tensor<8xf32>
    %159 = stablehlo.rsqrt %158 : tensor<8xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %161 = stablehlo.multiply %154, %160 : tensor<8x64xf32>
    %162 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %163 = stablehlo.multiply %162, %161 : tensor<8x64xf32>
    %164 = stablehlo.dot_general %163, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %165 = stablehlo.dot_general %163, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %166 = stablehlo.logistic %164 : tensor<8x128xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<8x128xf32>
    %168 = stablehlo.multiply %167, %165 : tensor<8x128xf32>
    %169 = stablehlo.dot_general %168, %arg20, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %170 = stablehlo.add %154, %169 : tensor<8x64xf32> loc("layers.1.out")
    %171 = stablehlo.constant dense<1> : tensor<i32>
    %172 = stablehlo.subtract %arg23, %171 : tensor<i32>
    %173 = stablehlo.dynamic_slice %170, %172, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %174 = stablehlo.multiply %173, %173 : tensor<1x64xf32>
    %175 = stablehlo.reduce(%174 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %176 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %177 = stablehlo.divide %175, %176 : tensor<1xf32>
    %178 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %179 = stablehlo.add %177, %178 : tensor<1xf32>
    %180 = stablehlo.rsqrt %179 : tensor<1xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %182 = stablehlo.multiply %173, %181 : tensor<1x64xf32>
    %183 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %184 = stablehlo.multiply %183, %182 : tensor<1x64xf32> loc("final_norm")
    %185 = stablehlo.dot_general %184, %arg2, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %186, %55, %57, %131, %133 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
