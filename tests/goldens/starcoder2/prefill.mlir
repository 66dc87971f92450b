module @prefill {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<64xf32> loc("model.norm.bias"),
      %arg3: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<64xf32> loc("model.layers.0.input_layernorm.bias"),
      %arg5: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg6: tensor<64xf32> loc("model.layers.0.self_attn.q_proj.bias"),
      %arg7: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg8: tensor<32xf32> loc("model.layers.0.self_attn.k_proj.bias"),
      %arg9: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg10: tensor<32xf32> loc("model.layers.0.self_attn.v_proj.bias"),
      %arg11: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg12: tensor<64xf32> loc("model.layers.0.self_attn.o_proj.bias"),
      %arg13: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg14: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.bias"),
      %arg15: tensor<128x64xf32> loc("model.layers.0.mlp.c_fc.weight"),
      %arg16: tensor<128xf32> loc("model.layers.0.mlp.c_fc.bias"),
      %arg17: tensor<64x128xf32> loc("model.layers.0.mlp.c_proj.weight"),
      %arg18: tensor<64xf32> loc("model.layers.0.mlp.c_proj.bias"),
      %arg19: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg20: tensor<64xf32> loc("model.layers.1.input_layernorm.bias"),
      %arg21: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg22: tensor<64xf32> loc("model.layers.1.self_attn.q_proj.bias"),
      %arg23: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg24: tensor<32xf32> loc("model.layers.1.self_attn.k_proj.bias"),
      %arg25: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg26: tensor<32xf32> loc("model.layers.1.self_attn.v_proj.bias"),
      %arg27: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg28: tensor<64xf32> loc("model.layers.1.self_attn.o_proj.bias"),
      %arg29: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg30: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.bias"),
      %arg31: tensor<128x64xf32> loc("model.layers.1.mlp.c_fc.weight"),
      %arg32: tensor<128xf32> loc("model.layers.1.mlp.c_fc.bias"),
      %arg33: tensor<64x128xf32> loc("model.layers.1.mlp.c_proj.weight"),
      %arg34: tensor<64xf32> loc("model.layers.1.mlp.c_proj.bias"),
      %arg35: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg36: tensor<64xf32> loc("model.layers.2.input_layernorm.bias"),
      %arg37: tensor<64x64xf32> loc("model.layers.2.self_attn.q_proj.weight"),
      %arg38: tensor<64xf32> loc("model.layers.2.self_attn.q_proj.bias"),
      %arg39: tensor<32x64xf32> loc("model.layers.2.self_attn.k_proj.weight"),
      %arg40: tensor<32xf32> loc("model.layers.2.self_attn.k_proj.bias"),
      %arg41: tensor<32x64xf32> loc("model.layers.2.self_attn.v_proj.weight"),
      %arg42: tensor<32xf32> loc("model.layers.2.self_attn.v_proj.bias"),
      %arg43: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg44: tensor<64xf32> loc("model.layers.2.self_attn.o_proj.bias"),
      %arg45: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg46: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.bias"),
      %arg47: tensor<128x64xf32> loc("model.layers.2.mlp.c_fc.weight"),
      %arg48: tensor<128xf32> loc("model.layers.2.mlp.c_fc.bias"),
      %arg49: tensor<64x128xf32> loc("model.layers.2.mlp.c_proj.weight"),
      %arg50: tensor<64xf32> loc("model.layers.2.mlp.c_proj.bias"),
      %arg51: tensor<8xi32> loc("tokens"),
      %arg52: tensor<i32> loc("start"),
      %arg53: tensor<i32> loc("length"),
      %arg54: tensor<i32> loc("slot"),
      %arg55: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg56: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg57: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg58: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg59: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg60: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg52, dims = [] : (tensor<i32>) -> tensor<8xi32>
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
    %21 = stablehlo.reshape %arg51 : (tensor<8xi32>) -> tensor<8x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %23 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %24 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %25 = stablehlo.reduce(%22 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = stablehlo.divide %25, %23 : tensor<8xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %28 = stablehlo.subtract %22, %27 : tensor<8x64xf32>
    %29 = stablehlo.multiply %28, %28 : tensor<8x64xf32>
    %30 = stablehlo.reduce(%29 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %31 = stablehlo.divide %30, %23 : tensor<8xf32>
    %32 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %33 = stablehlo.add %31, %32 : tensor<8xf32>
    %34 = stablehlo.rsqrt %33 : tensor<8xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.multiply %28, %35 : tensor<8x64xf32>
    %37 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.multiply %37, %36 : tensor<8x64xf32>
    %39 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %40 = stablehlo.add %38, %39 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %41 = stablehlo.dot_general %40, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %42 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %43 = stablehlo.add %41, %42 : tensor<8x64xf32>
    %44 = stablehlo.reshape %43 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %45 = stablehlo.dot_general %40, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %46 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %47 = stablehlo.add %45, %46 : tensor<8x32xf32>
    %48 = stablehlo.reshape %47 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %49 = stablehlo.dot_general %40, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %50 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %51 = stablehlo.add %49, %50 : tensor<8x32xf32>
    %52 = stablehlo.reshape %51 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %53 = stablehlo.slice %44 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %54 = stablehlo.slice %44 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %55 = stablehlo.negate %54 : tensor<8x4x8xf32>
    %56 = stablehlo.concatenate %55, %53, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %57 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %58 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %59 = stablehlo.multiply %56, %58 : tensor<8x4x16xf32>
    %60 = stablehlo.multiply %44, %57 : tensor<8x4x16xf32>
    %61 = stablehlo.add %60, %59 : tensor<8x4x16xf32> loc("layers.0.q")
    %62 = stablehlo.slice %48 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %63 = stablehlo.slice %48 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %64 = stablehlo.negate %63 : tensor<8x2x8xf32>
    %65 = stablehlo.concatenate %64, %62, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %66 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %67 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %68 = stablehlo.multiply %65, %67 : tensor<8x2x16xf32>
    %69 = stablehlo.multiply %48, %66 : tensor<8x2x16xf32>
    %70 = stablehlo.add %69, %68 : tensor<8x2x16xf32> loc("layers.0.k")
    %71 = stablehlo.reshape %70 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %72 = stablehlo.dynamic_update_slice %arg55, %71, %arg54, %arg52, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %73 = stablehlo.reshape %52 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %74 = stablehlo.dynamic_update_slice %arg56, %73, %arg54, %arg52, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %75 = stablehlo.reshape %61 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %76 = stablehlo.dynamic_slice %72, %arg54, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %78 = stablehlo.dynamic_slice %74, %arg54, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %80 = stablehlo.dot_general %75, %77, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %81 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<2x8x2x32xf32>
    %83 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %84 = stablehlo.add %82, %83 : tensor<2x8x2x32xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<2x8x2x32xf32>
    %89 = stablehlo.exponential %88 : tensor<2x8x2x32xf32>
    %90 = stablehlo.reduce(%89 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %92 = stablehlo.divide %89, %91 : tensor<2x8x2x32xf32>
    %93 = stablehlo.dot_general %92, %79, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %94 = stablehlo.transpose %93, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %95 = stablehlo.reshape %94 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %96 = stablehlo.dot_general %95, %arg11, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %97 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %98 = stablehlo.add %96, %97 : tensor<8x64xf32> loc("layers.0.attn_out")
    %99 = stablehlo.add %22, %98 : tensor<8x64xf32>
    %100 = stablehlo.reduce(%99 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %101 = stablehlo.divide %100, %23 : tensor<8xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.subtract %99, %102 : tensor<8x64xf32>
    %104 = stablehlo.multiply %103, %103 : tensor<8x64xf32>
    %105 = stablehlo.reduce(%104 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %106 = stablehlo.divide %105, %23 : tensor<8xf32>
    %107 = stablehlo.add %106, %32 : tensor<8xf32>
    %108 = stablehlo.rsqrt %107 : tensor<8xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %110 = stablehlo.multiply %103, %109 : tensor<8x64xf32>
    %111 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %112 = stablehlo.multiply %111, %110 : tensor<8x64xf32>
    %113 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %114 = stablehlo.add %112, %113 : tensor<8x64xf32>
    %115 = stablehlo.dot_general %114, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %116 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %117 = stablehlo.add %115, %116 : tensor<8x128xf32>
    %118 = stablehlo.multiply %117, %117 : tensor<8x128xf32>
    %119 = stablehlo.multiply %118, %117 : tensor<8x128xf32>
    %120 = stablehlo.constant dense<4.4715e-02> : tensor<8x128xf32>
    %121 = stablehlo.multiply %120, %119 : tensor<8x128xf32>
    %122 = stablehlo.add %117, %121 : tensor<8x128xf32>
    %123 = stablehlo.constant dense<7.978846e-01> : tensor<8x128xf32>
    %124 = stablehlo.multiply %123, %122 : tensor<8x128xf32>
    %125 = stablehlo.tanh %124 : tensor<8x128xf32>
    %126 = stablehlo.constant dense<1.0e+00> : tensor<8x128xf32>
    %127 = stablehlo.add %126, %125 : tensor<8x128xf32>
    %128 = stablehlo.constant dense<5.0e-01> : tensor<8x128xf32>
    %129 = stablehlo.multiply %128, %117 : tensor<8x128xf32>
    %130 = stablehlo.multiply %129, %127 : tensor<8x128xf32>
    %131 = stablehlo.dot_general %130, %arg17, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %132 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %133 = stablehlo.add %131, %132 : tensor<8x64xf32>
    %134 = stablehlo.add %99, %133 : tensor<8x64xf32> loc("layers.0.out")
    %135 = stablehlo.reduce(%134 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %136 = stablehlo.divide %135, %23 : tensor<8xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %138 = stablehlo.subtract %134, %137 : tensor<8x64xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<8x64xf32>
    %140 = stablehlo.reduce(%139 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %141 = stablehlo.divide %140, %23 : tensor<8xf32>
    %142 = stablehlo.add %141, %32 : tensor<8xf32>
    %143 = stablehlo.rsqrt %142 : tensor<8xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %145 = stablehlo.multiply %138, %144 : tensor<8x64xf32>
    %146 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %147 = stablehlo.multiply %146, %145 : tensor<8x64xf32>
    %148 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %149 = stablehlo.add %147, %148 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %150 = stablehlo.dot_general %149, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %151 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %152 = stablehlo.add %150, %151 : tensor<8x64xf32>
    %153 = stablehlo.reshape %152 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %154 = stablehlo.dot_general %149, %arg23, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %155 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %156 = stablehlo.add %154, %155 : tensor<8x32xf32>
    %157 = stablehlo.reshape %156 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %158 = stablehlo.dot_general %149, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %159 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %160 = stablehlo.add %158, %159 : tensor<8x32xf32>
    %161 = stablehlo.reshape %160 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %162 = stablehlo.slice %153 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %163 = stablehlo.slice %153 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %164 = stablehlo.negate %163 : tensor<8x4x8xf32>
    %165 = stablehlo.concatenate %164, %162, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %166 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %167 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %168 = stablehlo.multiply %165, %167 : tensor<8x4x16xf32>
    %169 = stablehlo.multiply %153, %166 : tensor<8x4x16xf32>
    %170 = stablehlo.add %169, %168 : tensor<8x4x16xf32> loc("layers.1.q")
    %171 = stablehlo.slice %157 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %172 = stablehlo.slice %157 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %173 = stablehlo.negate %172 : tensor<8x2x8xf32>
    %174 = stablehlo.concatenate %173, %171, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %175 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %176 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %177 = stablehlo.multiply %174, %176 : tensor<8x2x16xf32>
    %178 = stablehlo.multiply %157, %175 : tensor<8x2x16xf32>
    %179 = stablehlo.add %178, %177 : tensor<8x2x16xf32> loc("layers.1.k")
    %180 = stablehlo.reshape %179 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %181 = stablehlo.dynamic_update_slice %arg57, %180, %arg54, %arg52, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %182 = stablehlo.reshape %161 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %183 = stablehlo.dynamic_update_slice %arg58, %182, %arg54, %arg52, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %184 = stablehlo.reshape %170 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %185 = stablehlo.dynamic_slice %181, %arg54, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %187 = stablehlo.dynamic_slice %183, %arg54, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %189 = stablehlo.dot_general %184, %186, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %190 = stablehlo.multiply %189, %81 : tensor<2x8x2x32xf32>
    %191 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %192 = stablehlo.add %190, %191 : tensor<2x8x2x32xf32>
    %193 = stablehlo.reduce(%192 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %194 = stablehlo.broadcast_in_dim %193, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %195 = stablehlo.subtract %192, %194 : tensor<2x8x2x32xf32>
    %196 = stablehlo.exponential %195 : tensor<2x8x2x32xf32>
    %197 = stablehlo.reduce(%196 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %199 = stablehlo.divide %196, %198 : tensor<2x8x2x32xf32>
    %200 = stablehlo.dot_general %199, %188, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %201 = stablehlo.transpose %200, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %202 = stablehlo.reshape %201 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %203 = stablehlo.dot_general %202, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %204 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %205 = stablehlo.add %203, %204 : tensor<8x64xf32> loc("layers.1.attn_out")
    %206 = stablehlo.add %134, %205 : tensor<8x64xf32>
    %207 = stablehlo.reduce(%206 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %208 = stablehlo.divide %207, %23 : tensor<8xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %210 = stablehlo.subtract %206, %209 : tensor<8x64xf32>
    %211 = stablehlo.multiply %210, %210 : tensor<8x64xf32>
    %212 = stablehlo.reduce(%211 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %213 = stablehlo.divide %212, %23 : tensor<8xf32>
    %214 = stablehlo.add %213, %32 : tensor<8xf32>
    %215 = stablehlo.rsqrt %214 : tensor<8xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %217 = stablehlo.multiply %210, %216 : tensor<8x64xf32>
    %218 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %219 = stablehlo.multiply %218, %217 : tensor<8x64xf32>
    %220 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %221 = stablehlo.add %219, %220 : tensor<8x64xf32>
    %222 = stablehlo.dot_general %221, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %223 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %224 = stablehlo.add %222, %223 : tensor<8x128xf32>
    %225 = stablehlo.multiply %224, %224 : tensor<8x128xf32>
    %226 = stablehlo.multiply %225, %224 : tensor<8x128xf32>
    %227 = stablehlo.multiply %120, %226 : tensor<8x128xf32>
    %228 = stablehlo.add %224, %227 : tensor<8x128xf32>
    %229 = stablehlo.multiply %123, %228 : tensor<8x128xf32>
    %230 = stablehlo.tanh %229 : tensor<8x128xf32>
    %231 = stablehlo.add %126, %230 : tensor<8x128xf32>
    %232 = stablehlo.multiply %128, %224 : tensor<8x128xf32>
    %233 = stablehlo.multiply %232, %231 : tensor<8x128xf32>
    %234 = stablehlo.dot_general %233, %arg33, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %235 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %236 = stablehlo.add %234, %235 : tensor<8x64xf32>
    %237 = stablehlo.add %206, %236 : tensor<8x64xf32> loc("layers.1.out")
    %238 = stablehlo.reduce(%237 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %239 = stablehlo.divide %238, %23 : tensor<8xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %241 = stablehlo.subtract %237, %240 : tensor<8x64xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<8x64xf32>
    %243 = stablehlo.reduce(%242 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %244 = stablehlo.divide %243, %23 : tensor<8xf32>
    %245 = stablehlo.add %244, %32 : tensor<8xf32>
    %246 = stablehlo.rsqrt %245 : tensor<8xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %248 = stablehlo.multiply %241, %247 : tensor<8x64xf32>
    %249 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %250 = stablehlo.multiply %249, %248 : tensor<8x64xf32>
    %251 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %252 = stablehlo.add %250, %251 : tensor<8x64xf32> loc("layers.2.attn_norm")
    %253 = stablehlo.dot_general %252, %arg37, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %254 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %255 = stablehlo.add %253, %254 : tensor<8x64xf32>
    %256 = stablehlo.reshape %255 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %257 = stablehlo.dot_general %252, %arg39, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %258 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %259 = stablehlo.add %257, %258 : tensor<8x32xf32>
    %260 = stablehlo.reshape %259 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %261 = stablehlo.dot_general %252, %arg41, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %262 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %263 = stablehlo.add %261, %262 : tensor<8x32xf32>
    %264 = stablehlo.reshape %263 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %265 = stablehlo.slice %256 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %266 = stablehlo.slice %256 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %267 = stablehlo.negate %266 : tensor<8x4x8xf32>
    %268 = stablehlo.concatenate %267, %265, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %269 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %270 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %271 = stablehlo.multiply %268, %270 : tensor<8x4x16xf32>
    %272 = stablehlo.multiply %256, %269 : tensor<8x4x16xf32>
    %273 = stablehlo.add %272, %271 : tensor<8x4x16xf32> loc("layers.2.q")
    %274 = stablehlo.slice %260 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %275 = stablehlo.slice %260 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %276 = stablehlo.negate %275 : tensor<8x2x8xf32>
    %277 = stablehlo.concatenate %276, %274, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %278 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %279 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %280 = stablehlo.multiply %277, %279 : tensor<8x2x16xf32>
    %281 = stablehlo.multiply %260, %278 : tensor<8x2x16xf32>
    %282 = stablehlo.add %281, %280 : tensor<8x2x16xf32> loc("layers.2.k")
    %283 = stablehlo.reshape %282 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %284 = stablehlo.dynamic_update_slice %arg59, %283, %arg54, %arg52, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %285 = stablehlo.reshape %264 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %286 = stablehlo.dynamic_update_slice %arg60, %285, %arg54, %arg52, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %287 = stablehlo.reshape %273 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %288 = stablehlo.dynamic_slice %284, %arg54, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %289 = stablehlo.reshape %288 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %290 = stablehlo.dynamic_slice %286, %arg54, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %291 = stablehlo.reshape %290 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %292 = stablehlo.dot_general %287, %289, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %293 = stablehlo.multiply %292, %81 : tensor<2x8x2x32xf32>
    %294 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %295 = stablehlo.add %293, %294 : tensor<2x8x2x32xf32>
    %296 = stablehlo.reduce(%295 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %298 = stablehlo.subtract %295, %297 : tensor<2x8x2x32xf32>
    %299 = stablehlo.exponential %298 : tensor<2x8x2x32xf32>
    %300 = stablehlo.reduce(%299 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %302 = stablehlo.divide %299, %301 : tensor<2x8x2x32xf32>
    %303 = stablehlo.dot_general %302, %291, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %304 = stablehlo.transpose %303, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %305 = stablehlo.reshape %304 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %306 = stablehlo.dot_general %305, %arg43, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %307 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %308 = stablehlo.add %306, %307 : tensor<8x64xf32> loc("layers.2.attn_out")
    %309 = stablehlo.add %237, %308 : tensor<8x64xf32>
    %310 = stablehlo.reduce(%309 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %311 = stablehlo.divide %310, %23 : tensor<8xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %313 = stablehlo.subtract %309, %312 : tensor<8x64xf32>
    %314 = stablehlo.multiply %313, %313 : tensor<8x64xf32>
    %315 = stablehlo.reduce(%314 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %316 = stablehlo.divide %315, %23 : tensor<8xf32>
    %317 = stablehlo.add %316, %32 : tensor<8xf32>
    %318 = stablehlo.rsqrt %317 : tensor<8xf32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %320 = stablehlo.multiply %313, %319 : tensor<8x64xf32>
    %321 = stablehlo.broadcast_in_dim %arg45, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %322 = stablehlo.multiply %321, %320 : tensor<8x64xf32>
    %323 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %324 = stablehlo.add %322, %323 : tensor<8x64xf32>
    %325 = stablehlo.dot_general %324, %arg47, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %326 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %327 = stablehlo.add %325, %326 : tensor<8x128xf32>
    %328 = stablehlo.multiply %327, %327 : tensor<8x128xf32>
    %329 = stablehlo.multiply %328, %327 : tensor<8x128xf32>
    %330 = stablehlo.multiply %120, %329 : tensor<8x128xf32>
    %331 = stablehlo.add %327, %330 : tensor<8x128xf32>
    %332 = stablehlo.multiply %123, %331 : tensor<8x128xf32>
    %333 = stablehlo.tanh %332 : tensor<8x128xf32>
    %334 = stablehlo.add %126, %333 : tensor<8x128xf32>
    %335 = stablehlo.multiply %128, %327 : tensor<8x128xf32>
    %336 = stablehlo.multiply %335, %334 : tensor<8x128xf32>
    %337 = stablehlo.dot_general %336, %arg49, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %338 = stablehlo.broadcast_in_dim %arg50, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %339 = stablehlo.add %337, %338 : tensor<8x64xf32>
    %340 = stablehlo.add %309, %339 : tensor<8x64xf32> loc("layers.2.out")
    %341 = stablehlo.constant dense<1> : tensor<i32>
    %342 = stablehlo.subtract %arg53, %341 : tensor<i32>
    %343 = stablehlo.dynamic_slice %340, %342, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %344 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %345 = stablehlo.reduce(%343 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %346 = stablehlo.divide %345, %344 : tensor<1xf32>
    %347 = stablehlo.broadcast_in_dim %346, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %348 = stablehlo.subtract %343, %347 : tensor<1x64xf32>
    %349 = stablehlo.multiply %348, %348 : tensor<1x64xf32>
    %350 = stablehlo.reduce(%349 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %351 = stablehlo.divide %350, %344 : tensor<1xf32>
    %352 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %353 = stablehlo.add %351, %352 : tensor<1xf32>
    %354 = stablehlo.rsqrt %353 : tensor<1xf32>
    %355 = stablehlo.broadcast_in_dim %354, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %356 = stablehlo.multiply %348, %355 : tensor<1x64xf32>
    %357 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %358 = stablehlo.multiply %357, %356 : tensor<1x64xf32>
    %359 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %360 = stablehlo.add %358, %359 : tensor<1x64xf32> loc("final_norm")
    %361 = stablehlo.dot_general %360, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %362, %72, %74, %181, %183, %284, %286 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
