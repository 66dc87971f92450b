module @prefill {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<64x64xf32> loc("model.layers.0.self_attn.qkv_proj.weight[0:64]"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.qkv_proj.weight[64:96]"),
      %arg6: tensor<32x64xf32> loc("model.layers.0.self_attn.qkv_proj.weight[96:128]"),
      %arg7: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg8: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg9: tensor<128x64xf32> loc("model.layers.0.mlp.gate_up_proj.weight[0:128]"),
      %arg10: tensor<128x64xf32> loc("model.layers.0.mlp.gate_up_proj.weight[128:256]"),
      %arg11: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg12: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg13: tensor<64x64xf32> loc("model.layers.1.self_attn.qkv_proj.weight[0:64]"),
      %arg14: tensor<32x64xf32> loc("model.layers.1.self_attn.qkv_proj.weight[64:96]"),
      %arg15: tensor<32x64xf32> loc("model.layers.1.self_attn.qkv_proj.weight[96:128]"),
      %arg16: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg17: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg18: tensor<128x64xf32> loc("model.layers.1.mlp.gate_up_proj.weight[0:128]"),
      %arg19: tensor<128x64xf32> loc("model.layers.1.mlp.gate_up_proj.weight[128:256]"),
      %arg20: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg21: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg22: tensor<64x64xf32> loc("model.layers.2.self_attn.qkv_proj.weight[0:64]"),
      %arg23: tensor<32x64xf32> loc("model.layers.2.self_attn.qkv_proj.weight[64:96]"),
      %arg24: tensor<32x64xf32> loc("model.layers.2.self_attn.qkv_proj.weight[96:128]"),
      %arg25: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg26: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg27: tensor<128x64xf32> loc("model.layers.2.mlp.gate_up_proj.weight[0:128]"),
      %arg28: tensor<128x64xf32> loc("model.layers.2.mlp.gate_up_proj.weight[128:256]"),
      %arg29: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg30: tensor<8xi32> loc("tokens"),
      %arg31: tensor<i32> loc("start"),
      %arg32: tensor<i32> loc("length"),
      %arg33: tensor<i32> loc("slot"),
      %arg34: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg35: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg36: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg37: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg38: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg31, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %7 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %8 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%7, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %10 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %12 = stablehlo.compare  LE, %10, %11,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %13 = stablehlo.constant dense<0.0e+00> : tensor<8x32xf32>
    %14 = stablehlo.constant dense<-1.0e+30> : tensor<8x32xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %16 = stablehlo.subtract %11, %10 : tensor<8x32xi32>
    %17 = stablehlo.constant dense<8> : tensor<8x32xi32>
    %18 = stablehlo.compare  LT, %16, %17,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %19 = stablehlo.and %12, %18 : tensor<8x32xi1>
    %20 = stablehlo.select %19, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %21 = stablehlo.reshape %arg30 : (tensor<8xi32>) -> tensor<8x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %23 = stablehlo.multiply %22, %22 : tensor<8x64xf32>
    %24 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %25 = stablehlo.reduce(%23 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %27 = stablehlo.divide %25, %26 : tensor<8xf32>
    %28 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %29 = stablehlo.add %27, %28 : tensor<8xf32>
    %30 = stablehlo.rsqrt %29 : tensor<8xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %32 = stablehlo.multiply %22, %31 : tensor<8x64xf32>
    %33 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.multiply %33, %32 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %35 = stablehlo.dot_general %34, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.reshape %35 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %37 = stablehlo.dot_general %34, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %38 = stablehlo.reshape %37 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %39 = stablehlo.dot_general %34, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %41 = stablehlo.slice %36 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %42 = stablehlo.slice %36 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %43 = stablehlo.negate %42 : tensor<8x4x8xf32>
    %44 = stablehlo.concatenate %43, %41, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %45 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %46 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %47 = stablehlo.multiply %44, %46 : tensor<8x4x16xf32>
    %48 = stablehlo.multiply %36, %45 : tensor<8x4x16xf32>
    %49 = stablehlo.add %48, %47 : tensor<8x4x16xf32> loc("layers.0.q")
    %50 = stablehlo.slice %38 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %51 = stablehlo.slice %38 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %52 = stablehlo.negate %51 : tensor<8x2x8xf32>
    %53 = stablehlo.concatenate %52, %50, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %54 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %55 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %56 = stablehlo.multiply %53, %55 : tensor<8x2x16xf32>
    %57 = stablehlo.multiply %38, %54 : tensor<8x2x16xf32>
    %58 = stablehlo.add %57, %56 : tensor<8x2x16xf32> loc("layers.0.k")
    %59 = stablehlo.reshape %58 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %60 = stablehlo.dynamic_update_slice %arg34, %59, %arg33, %arg31, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %61 = stablehlo.reshape %40 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %62 = stablehlo.dynamic_update_slice %arg35, %61, %arg33, %arg31, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %63 = stablehlo.reshape %49 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %64 = stablehlo.dynamic_slice %60, %arg33, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %66 = stablehlo.dynamic_slice %62, %arg33, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %68 = stablehlo.dot_general %63, %65, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %69 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %70 = stablehlo.multiply %68, %69 : tensor<2x8x2x32xf32>
    %71 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %72 = stablehlo.add %70, %71 : tensor<2x8x2x32xf32>
    %73 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %74 = stablehlo.reduce(%72 init: %73) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %76 = stablehlo.subtract %72, %75 : tensor<2x8x2x32xf32>
    %77 = stablehlo.exponential %76 : tensor<2x8x2x32xf32>
    %78 = stablehlo.reduce(%77 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %80 = stablehlo.divide %77, %79 : tensor<2x8x2x32xf32>
    %81 = stablehlo.dot_general %80, %67, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %82 = stablehlo.transpose %81, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %83 = stablehlo.reshape %82 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %84 = stablehlo.dot_general %83, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %85 = stablehlo.add %22, %84 : tensor<8x64xf32>
    %86 = stablehlo.multiply %85, %85 : tensor<8x64xf32>
    %87 = stablehlo.reduce(%86 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %88 = stablehlo.divide %87, %26 : tensor<8xf32>
    %89 = stablehlo.add %88, %28 : tensor<8xf32>
    %90 = stablehlo.rsqrt %89 : tensor<8xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %92 = stablehlo.multiply %85, %91 : tensor<8x64xf32>
    %93 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %94 = stablehlo.multiply %93, %92 : tensor<8x64xf32>
    %95 = stablehlo.dot_general %94, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %96 = stablehlo.dot_general %94, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %97 = stablehlo.logistic %95 : tensor<8x128xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<8x128xf32>
    %99 = stablehlo.multiply %98, %96 : tensor<8x128xf32>
    %100 = stablehlo.dot_general %99, %arg11, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %101 = stablehlo.add %85, %100 : tensor<8x64xf32> loc("layers.0.out")
    %102 = stablehlo.multiply %101, %101 : tensor<8x64xf32>
    %103 = stablehlo.reduce(%102 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %104 = stablehlo.divide %103, %26 : tensor<8xf32>
    %105 = stablehlo.add %104, %28 : tensor<8xf32>
    %106 = stablehlo.rsqrt %105 : tensor<8xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %108 = stablehlo.multiply %101, %107 : tensor<8x64xf32>
    %109 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %110 = stablehlo.multiply %109, %108 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %111 = stablehlo.dot_general %110, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %112 = stablehlo.reshape %111 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %113 = stablehlo.dot_general %110, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %114 = stablehlo.reshape %113 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %115 = stablehlo.dot_general %110, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %116 = stablehlo.reshape %115 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %117 = stablehlo.slice %112 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %118 = stablehlo.slice %112 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %119 = stablehlo.negate %118 : tensor<8x4x8xf32>
    %120 = stablehlo.concatenate %119, %117, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %121 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %122 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<8x4x16xf32>
    %124 = stablehlo.multiply %112, %121 : tensor<8x4x16xf32>
    %125 = stablehlo.add %124, %123 : tensor<8x4x16xf32> loc("layers.1.q")
    %126 = stablehlo.slice %114 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %127 = stablehlo.slice %114 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %128 = stablehlo.negate %127 : tensor<8x2x8xf32>
    %129 = stablehlo.concatenate %128, %126, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %130 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %131 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<8x2x16xf32>
    %133 = stablehlo.multiply %114, %130 : tensor<8x2x16xf32>
    %134 = stablehlo.add %133, %132 : tensor<8x2x16xf32> loc("layers.1.k")
    %135 = stablehlo.reshape %134 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %136 = stablehlo.dynamic_update_slice %arg36, %135, %arg33, %arg31, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %137 = stablehlo.reshape %116 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %138 = stablehlo.dynamic_update_slice %arg37, %137, %arg33, %arg31, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %139 = stablehlo.reshape %125 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %140 = stablehlo.dynamic_slice %136, %arg33, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %142 = stablehlo.dynamic_slice %138, %arg33, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %144 = stablehlo.dot_general %139, %141, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %145 = stablehlo.multiply %144, %69 : tensor<2x8x2x32xf32>
    %146 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %147 = stablehlo.add %145, %146 : tensor<2x8x2x32xf32>
    %148 = stablehlo.reduce(%147 init: %73) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %150 = stablehlo.subtract %147, %149 : tensor<2x8x2x32xf32>
    %151 = stablehlo.exponential %150 : tensor<2x8x2x32xf32>
    %152 = stablehlo.reduce(%151 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %154 = stablehlo.divide %151, %153 : tensor<2x8x2x32xf32>
    %155 = stablehlo.dot_general %154, %143, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %156 = stablehlo.transpose %155, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %157 = stablehlo.reshape %156 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %158 = stablehlo.dot_general %157, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %159 = stablehlo.add %101, %158 : tensor<8x64xf32>
    %160 = stablehlo.multiply %159, %159 : tensor<8x64xf32>
    %161 = stablehlo.reduce(%160 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %162 = stablehlo.divide %161, %26 : tensor<8xf32>
    %163 = stablehlo.add %162, %28 : tensor<8xf32>
    %164 = stablehlo.rsqrt %163 : tensor<8xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %166 = stablehlo.multiply %159, %165 : tensor<8x64xf32>
    %167 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %168 = stablehlo.multiply %167, %166 : tensor<8x64xf32>
    %169 = stablehlo.dot_general %168, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %170 = stablehlo.dot_general %168, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %171 = stablehlo.logistic %169 : tensor<8x128xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<8x128xf32>
    %173 = stablehlo.multiply %172, %170 : tensor<8x128xf32>
    %174 = stablehlo.dot_general %173, %arg20, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %175 = stablehlo.add %159, %174 : tensor<8x64xf32> loc("layers.1.out")
    %176 = stablehlo.multiply %175, %175 : tensor<8x64xf32>
    %177 = stablehlo.reduce(%176 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %178 = stablehlo.divide %177, %26 : tensor<8xf32>
    %179 = stablehlo.add %178, %28 : tensor<8xf32>
    %180 = stablehlo.rsqrt %179 : tensor<8xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %182 = stablehlo.multiply %175, %181 : tensor<8x64xf32>
    %183 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %184 = stablehlo.multiply %183, %182 : tensor<8x64xf32> loc("layers.2.attn_norm")
    %185 = stablehlo.dot_general %184, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %186 = stablehlo.reshape %185 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %187 = stablehlo.dot_general %184, %arg23, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %188 = stablehlo.reshape %187 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %189 = stablehlo.dot_general %184, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %190 = stablehlo.reshape %189 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %191 = stablehlo.slice %186 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %192 = stablehlo.slice %186 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %193 = stablehlo.negate %192 : tensor<8x4x8xf32>
    %194 = stablehlo.concatenate %193, %191, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %195 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %196 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %197 = stablehlo.multiply %194, %196 : tensor<8x4x16xf32>
    %198 = stablehlo.multiply %186, %195 : tensor<8x4x16xf32>
    %199 = stablehlo.add %198, %197 : tensor<8x4x16xf32> loc("layers.2.q")
    %200 = stablehlo.slice %188 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %201 = stablehlo.slice %188 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %202 = stablehlo.negate %201 : tensor<8x2x8xf32>
    %203 = stablehlo.concatenate %202, %200, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %204 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %205 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %206 = stablehlo.multiply %203, %205 : tensor<8x2x16xf32>
    %207 = stablehlo.multiply %188, %204 : tensor<8x2x16xf32>
    %208 = stablehlo.add %207, %206 : tensor<8x2x16xf32> loc("layers.2.k")
    %209 = stablehlo.reshape %208 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %210 = stablehlo.dynamic_update_slice %arg38, %209, %arg33, %arg31, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %211 = stablehlo.reshape %190 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %212 = stablehlo.dynamic_update_slice %arg39, %211, %arg33, %arg31, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %213 = stablehlo.reshape %199 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %214 = stablehlo.dynamic_slice %210, %arg33, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %216 = stablehlo.dynamic_slice %212, %arg33, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %218 = stablehlo.dot_general %213, %215, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %219 = stablehlo.multiply %218, %69 : tensor<2x8x2x32xf32>
    %220 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %221 = stablehlo.add %219, %220 : tensor<2x8x2x32xf32>
    %222 = stablehlo.reduce(%221 init: %73) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %224 = stablehlo.subtract %221, %223 : tensor<2x8x2x32xf32>
    %225 = stablehlo.exponential %224 : tensor<2x8x2x32xf32>
    %226 = stablehlo.reduce(%225 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %228 = stablehlo.divide %225, %227 : tensor<2x8x2x32xf32>
    %229 = stablehlo.dot_general %228, %217, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %230 = stablehlo.transpose %229, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %231 = stablehlo.reshape %230 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %232 = stablehlo.dot_general %231, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.2.attn_out")
    %233 = stablehlo.add %175, %232 : tensor<8x64xf32>
    %234 = stablehlo.multiply %233, %233 : tensor<8x64xf32>
    %235 = stablehlo.reduce(%234 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %236 = stablehlo.divide %235, %26 : tensor<8xf32>
    %237 = stablehlo.add %236, %28 : tensor<8xf32>
    %238 = stablehlo.rsqrt %237 : tensor<8xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %240 = stablehlo.multiply %233, %239 : tensor<8x64xf32>
    %241 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %242 = stablehlo.multiply %241, %240 : tensor<8x64xf32>
    %243 = stablehlo.dot_general %242, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %244 = stablehlo.dot_general %242, %arg28, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %245 = stablehlo.logistic %243 : tensor<8x128xf32>
    %246 = stablehlo.multiply %243, %245 : tensor<8x128xf32>
    %247 = stablehlo.multiply %246, %244 : tensor<8x128xf32>
    %248 = stablehlo.dot_general %247, %arg29, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %249 = stablehlo.add %233, %248 : tensor<8x64xf32> loc("layers.2.out")
    %250 = stablehlo.constant dense<1> : tensor<i32>
    %251 = stablehlo.subtract %arg32, %250 : tensor<i32>
    %252 = stablehlo.dynamic_slice %249, %251, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %253 = stablehlo.multiply %252, %252 : tensor<1x64xf32>
    %254 = stablehlo.reduce(%253 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %255 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %256 = stablehlo.divide %254, %255 : tensor<1xf32>
    %257 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %258 = stablehlo.add %256, %257 : tensor<1xf32>
    %259 = stablehlo.rsqrt %258 : tensor<1xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %261 = stablehlo.multiply %252, %260 : tensor<1x64xf32>
    %262 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %263 = stablehlo.multiply %262, %261 : tensor<1x64xf32> loc("final_norm")
    %264 = stablehlo.dot_general %263, %arg2, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %265, %60, %62, %136, %138, %210, %212 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
