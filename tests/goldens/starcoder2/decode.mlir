module @decode {
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
      %arg51: tensor<2xi32> loc("tokens"),
      %arg52: tensor<2xi32> loc("pos"),
      %arg53: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg54: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg55: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg56: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg57: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg58: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg52 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg52 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg52 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg52 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg52, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.subtract %13, %12 : tensor<2x32xi32>
    %19 = stablehlo.constant dense<8> : tensor<2x32xi32>
    %20 = stablehlo.compare  LT, %18, %19,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %21 = stablehlo.and %14, %20 : tensor<2x32xi1>
    %22 = stablehlo.select %21, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %23 = stablehlo.reshape %arg51 : (tensor<2xi32>) -> tensor<2x1xi32>
    %24 = "stablehlo.gather"(%arg0, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %25 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %26 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %27 = stablehlo.reduce(%24 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %28 = stablehlo.divide %27, %25 : tensor<2xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %30 = stablehlo.subtract %24, %29 : tensor<2x64xf32>
    %31 = stablehlo.multiply %30, %30 : tensor<2x64xf32>
    %32 = stablehlo.reduce(%31 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %33 = stablehlo.divide %32, %25 : tensor<2xf32>
    %34 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %35 = stablehlo.add %33, %34 : tensor<2xf32>
    %36 = stablehlo.rsqrt %35 : tensor<2xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %38 = stablehlo.multiply %30, %37 : tensor<2x64xf32>
    %39 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %40 = stablehlo.multiply %39, %38 : tensor<2x64xf32>
    %41 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %42 = stablehlo.add %40, %41 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %43 = stablehlo.dot_general %42, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %44 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %45 = stablehlo.add %43, %44 : tensor<2x64xf32>
    %46 = stablehlo.reshape %45 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %47 = stablehlo.dot_general %42, %arg7, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %48 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %49 = stablehlo.add %47, %48 : tensor<2x32xf32>
    %50 = stablehlo.reshape %49 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %51 = stablehlo.dot_general %42, %arg9, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %52 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %53 = stablehlo.add %51, %52 : tensor<2x32xf32>
    %54 = stablehlo.reshape %53 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %55 = stablehlo.slice %46 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %56 = stablehlo.slice %46 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %57 = stablehlo.negate %56 : tensor<2x4x8xf32>
    %58 = stablehlo.concatenate %57, %55, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %59 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %60 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %61 = stablehlo.multiply %58, %60 : tensor<2x4x16xf32>
    %62 = stablehlo.multiply %46, %59 : tensor<2x4x16xf32>
    %63 = stablehlo.add %62, %61 : tensor<2x4x16xf32> loc("layers.0.q")
    %64 = stablehlo.slice %50 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %65 = stablehlo.slice %50 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %66 = stablehlo.negate %65 : tensor<2x2x8xf32>
    %67 = stablehlo.concatenate %66, %64, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %68 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %69 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %70 = stablehlo.multiply %67, %69 : tensor<2x2x16xf32>
    %71 = stablehlo.multiply %50, %68 : tensor<2x2x16xf32>
    %72 = stablehlo.add %71, %70 : tensor<2x2x16xf32> loc("layers.0.k")
    %73 = stablehlo.slice %72 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %75 = stablehlo.dynamic_update_slice %arg53, %74, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %76 = stablehlo.slice %72 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %78 = stablehlo.dynamic_update_slice %75, %77, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %79 = stablehlo.slice %54 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %81 = stablehlo.dynamic_update_slice %arg54, %80, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %82 = stablehlo.slice %54 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %83 = stablehlo.reshape %82 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %84 = stablehlo.dynamic_update_slice %81, %83, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %85 = stablehlo.reshape %63 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %86 = stablehlo.dot_general %85, %78, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %87 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %88 = stablehlo.multiply %86, %87 : tensor<2x2x2x32xf32>
    %89 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %90 = stablehlo.add %88, %89 : tensor<2x2x2x32xf32>
    %91 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %92 = stablehlo.reduce(%90 init: %91) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %94 = stablehlo.subtract %90, %93 : tensor<2x2x2x32xf32>
    %95 = stablehlo.exponential %94 : tensor<2x2x2x32xf32>
    %96 = stablehlo.reduce(%95 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %98 = stablehlo.divide %95, %97 : tensor<2x2x2x32xf32>
    %99 = stablehlo.dot_general %98, %84, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %100 = stablehlo.reshape %99 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %101 = stablehlo.dot_general %100, %arg11, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %102 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %103 = stablehlo.add %101, %102 : tensor<2x64xf32> loc("layers.0.attn_out")
    %104 = stablehlo.add %24, %103 : tensor<2x64xf32>
    %105 = stablehlo.reduce(%104 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %106 = stablehlo.divide %105, %25 : tensor<2xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %108 = stablehlo.subtract %104, %107 : tensor<2x64xf32>
    %109 = stablehlo.multiply %108, %108 : tensor<2x64xf32>
    %110 = stablehlo.reduce(%109 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %111 = stablehlo.divide %110, %25 : tensor<2xf32>
    %112 = stablehlo.add %111, %34 : tensor<2xf32>
    %113 = stablehlo.rsqrt %112 : tensor<2xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %115 = stablehlo.multiply %108, %114 : tensor<2x64xf32>
    %116 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %117 = stablehlo.multiply %116, %115 : tensor<2x64xf32>
    %118 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %119 = stablehlo.add %117, %118 : tensor<2x64xf32>
    %120 = stablehlo.dot_general %119, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %121 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %122 = stablehlo.add %120, %121 : tensor<2x128xf32>
    %123 = stablehlo.multiply %122, %122 : tensor<2x128xf32>
    %124 = stablehlo.multiply %123, %122 : tensor<2x128xf32>
    %125 = stablehlo.constant dense<4.4715e-02> : tensor<2x128xf32>
    %126 = stablehlo.multiply %125, %124 : tensor<2x128xf32>
    %127 = stablehlo.add %122, %126 : tensor<2x128xf32>
    %128 = stablehlo.constant dense<7.978846e-01> : tensor<2x128xf32>
    %129 = stablehlo.multiply %128, %127 : tensor<2x128xf32>
    %130 = stablehlo.tanh %129 : tensor<2x128xf32>
    %131 = stablehlo.constant dense<1.0e+00> : tensor<2x128xf32>
    %132 = stablehlo.add %131, %130 : tensor<2x128xf32>
    %133 = stablehlo.constant dense<5.0e-01> : tensor<2x128xf32>
    %134 = stablehlo.multiply %133, %122 : tensor<2x128xf32>
    %135 = stablehlo.multiply %134, %132 : tensor<2x128xf32>
    %136 = stablehlo.dot_general %135, %arg17, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %137 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %138 = stablehlo.add %136, %137 : tensor<2x64xf32>
    %139 = stablehlo.add %104, %138 : tensor<2x64xf32> loc("layers.0.out")
    %140 = stablehlo.reduce(%139 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %141 = stablehlo.divide %140, %25 : tensor<2xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %143 = stablehlo.subtract %139, %142 : tensor<2x64xf32>
    %144 = stablehlo.multiply %143, %143 : tensor<2x64xf32>
    %145 = stablehlo.reduce(%144 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %146 = stablehlo.divide %145, %25 : tensor<2xf32>
    %147 = stablehlo.add %146, %34 : tensor<2xf32>
    %148 = stablehlo.rsqrt %147 : tensor<2xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %150 = stablehlo.multiply %143, %149 : tensor<2x64xf32>
    %151 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %152 = stablehlo.multiply %151, %150 : tensor<2x64xf32>
    %153 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %154 = stablehlo.add %152, %153 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %155 = stablehlo.dot_general %154, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %156 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %157 = stablehlo.add %155, %156 : tensor<2x64xf32>
    %158 = stablehlo.reshape %157 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %159 = stablehlo.dot_general %154, %arg23, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %160 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %161 = stablehlo.add %159, %160 : tensor<2x32xf32>
    %162 = stablehlo.reshape %161 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %163 = stablehlo.dot_general %154, %arg25, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %164 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %165 = stablehlo.add %163, %164 : tensor<2x32xf32>
    %166 = stablehlo.reshape %165 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %167 = stablehlo.slice %158 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %168 = stablehlo.slice %158 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %169 = stablehlo.negate %168 : tensor<2x4x8xf32>
    %170 = stablehlo.concatenate %169, %167, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %171 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %172 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<2x4x16xf32>
    %174 = stablehlo.multiply %158, %171 : tensor<2x4x16xf32>
    %175 = stablehlo.add %174, %173 : tensor<2x4x16xf32> loc("layers.1.q")
    %176 = stablehlo.slice %162 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %177 = stablehlo.slice %162 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %178 = stablehlo.negate %177 : tensor<2x2x8xf32>
    %179 = stablehlo.concatenate %178, %176, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %180 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %181 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %182 = stablehlo.multiply %179, %181 : tensor<2x2x16xf32>
    %183 = stablehlo.multiply %162, %180 : tensor<2x2x16xf32>
    %184 = stablehlo.add %183, %182 : tensor<2x2x16xf32> loc("layers.1.k")
    %185 = stablehlo.slice %184 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %187 = stablehlo.dynamic_update_slice %arg55, %186, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %188 = stablehlo.slice %184 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %189 = stablehlo.reshape %188 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %190 = stablehlo.dynamic_update_slice %187, %189, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %191 = stablehlo.slice %166 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %192 = stablehlo.reshape %191 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %193 = stablehlo.dynamic_update_slice %arg56, %192, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %194 = stablehlo.slice %166 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %196 = stablehlo.dynamic_update_slice %193, %195, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %197 = stablehlo.reshape %175 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %198 = stablehlo.dot_general %197, %190, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %199 = stablehlo.multiply %198, %87 : tensor<2x2x2x32xf32>
    %200 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %201 = stablehlo.add %199, %200 : tensor<2x2x2x32xf32>
    %202 = stablehlo.reduce(%201 init: %91) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %204 = stablehlo.subtract %201, %203 : tensor<2x2x2x32xf32>
    %205 = stablehlo.exponential %204 : tensor<2x2x2x32xf32>
    %206 = stablehlo.reduce(%205 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %208 = stablehlo.divide %205, %207 : tensor<2x2x2x32xf32>
    %209 = stablehlo.dot_general %208, %196, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %210 = stablehlo.reshape %209 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %211 = stablehlo.dot_general %210, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %212 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %213 = stablehlo.add %211, %212 : tensor<2x64xf32> loc("layers.1.attn_out")
    %214 = stablehlo.add %139, %213 : tensor<2x64xf32>
    %215 = stablehlo.reduce(%214 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %216 = stablehlo.divide %215, %25 : tensor<2xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %218 = stablehlo.subtract %214, %217 : tensor<2x64xf32>
    %219 = stablehlo.multiply %218, %218 : tensor<2x64xf32>
    %220 = stablehlo.reduce(%219 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %221 = stablehlo.divide %220, %25 : tensor<2xf32>
    %222 = stablehlo.add %221, %34 : tensor<2xf32>
    %223 = stablehlo.rsqrt %222 : tensor<2xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %225 = stablehlo.multiply %218, %224 : tensor<2x64xf32>
    %226 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %227 = stablehlo.multiply %226, %225 : tensor<2x64xf32>
    %228 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %229 = stablehlo.add %227, %228 : tensor<2x64xf32>
    %230 = stablehlo.dot_general %229, %arg31, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %231 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %232 = stablehlo.add %230, %231 : tensor<2x128xf32>
    %233 = stablehlo.multiply %232, %232 : tensor<2x128xf32>
    %234 = stablehlo.multiply %233, %232 : tensor<2x128xf32>
    %235 = stablehlo.multiply %125, %234 : tensor<2x128xf32>
    %236 = stablehlo.add %232, %235 : tensor<2x128xf32>
    %237 = stablehlo.multiply %128, %236 : tensor<2x128xf32>
    %238 = stablehlo.tanh %237 : tensor<2x128xf32>
    %239 = stablehlo.add %131, %238 : tensor<2x128xf32>
    %240 = stablehlo.multiply %133, %232 : tensor<2x128xf32>
    %241 = stablehlo.multiply %240, %239 : tensor<2x128xf32>
    %242 = stablehlo.dot_general %241, %arg33, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %243 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %244 = stablehlo.add %242, %243 : tensor<2x64xf32>
    %245 = stablehlo.add %214, %244 : tensor<2x64xf32> loc("layers.1.out")
    %246 = stablehlo.reduce(%245 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %247 = stablehlo.divide %246, %25 : tensor<2xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %249 = stablehlo.subtract %245, %248 : tensor<2x64xf32>
    %250 = stablehlo.multiply %249, %249 : tensor<2x64xf32>
    %251 = stablehlo.reduce(%250 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %252 = stablehlo.divide %251, %25 : tensor<2xf32>
    %253 = stablehlo.add %252, %34 : tensor<2xf32>
    %254 = stablehlo.rsqrt %253 : tensor<2xf32>
    %255 = stablehlo.broadcast_in_dim %254, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %256 = stablehlo.multiply %249, %255 : tensor<2x64xf32>
    %257 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %258 = stablehlo.multiply %257, %256 : tensor<2x64xf32>
    %259 = stablehlo.broadcast_in_dim %arg36, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %260 = stablehlo.add %258, %259 : tensor<2x64xf32> loc("layers.2.attn_norm")
    %261 = stablehlo.dot_general %260, %arg37, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %262 = stablehlo.broadcast_in_dim %arg38, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %263 = stablehlo.add %261, %262 : tensor<2x64xf32>
    %264 = stablehlo.reshape %263 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %265 = stablehlo.dot_general %260, %arg39, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %266 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %267 = stablehlo.add %265, %266 : tensor<2x32xf32>
    %268 = stablehlo.reshape %267 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %269 = stablehlo.dot_general %260, %arg41, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %270 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %271 = stablehlo.add %269, %270 : tensor<2x32xf32>
    %272 = stablehlo.reshape %271 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %273 = stablehlo.slice %264 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %274 = stablehlo.slice %264 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %275 = stablehlo.negate %274 : tensor<2x4x8xf32>
    %276 = stablehlo.concatenate %275, %273, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %277 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %278 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<2x4x16xf32>
    %280 = stablehlo.multiply %264, %277 : tensor<2x4x16xf32>
    %281 = stablehlo.add %280, %279 : tensor<2x4x16xf32> loc("layers.2.q")
    %282 = stablehlo.slice %268 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %283 = stablehlo.slice %268 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %284 = stablehlo.negate %283 : tensor<2x2x8xf32>
    %285 = stablehlo.concatenate %284, %282, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %286 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %287 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %288 = stablehlo.multiply %285, %287 : tensor<2x2x16xf32>
    %289 = stablehlo.multiply %268, %286 : tensor<2x2x16xf32>
    %290 = stablehlo.add %289, %288 : tensor<2x2x16xf32> loc("layers.2.k")
    %291 = stablehlo.slice %290 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %292 = stablehlo.reshape %291 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %293 = stablehlo.dynamic_update_slice %arg57, %292, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %294 = stablehlo.slice %290 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %295 = stablehlo.reshape %294 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %296 = stablehlo.dynamic_update_slice %293, %295, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %297 = stablehlo.slice %272 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %298 = stablehlo.reshape %297 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %299 = stablehlo.dynamic_update_slice %arg58, %298, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %300 = stablehlo.slice %272 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %301 = stablehlo.reshape %300 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %302 = stablehlo.dynamic_update_slice %299, %301, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %303 = stablehlo.reshape %281 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %304 = stablehlo.dot_general %303, %296, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %305 = stablehlo.multiply %304, %87 : tensor<2x2x2x32xf32>
    %306 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %307 = stablehlo.add %305, %306 : tensor<2x2x2x32xf32>
    %308 = stablehlo.reduce(%307 init: %91) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %310 = stablehlo.subtract %307, %309 : tensor<2x2x2x32xf32>
    %311 = stablehlo.exponential %310 : tensor<2x2x2x32xf32>
    %312 = stablehlo.reduce(%311 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %313 = stablehlo.broadcast_in_dim %312, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %314 = stablehlo.divide %311, %313 : tensor<2x2x2x32xf32>
    %315 = stablehlo.dot_general %314, %302, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %316 = stablehlo.reshape %315 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %317 = stablehlo.dot_general %316, %arg43, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %318 = stablehlo.broadcast_in_dim %arg44, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %319 = stablehlo.add %317, %318 : tensor<2x64xf32> loc("layers.2.attn_out")
    %320 = stablehlo.add %245, %319 : tensor<2x64xf32>
    %321 = stablehlo.reduce(%320 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %322 = stablehlo.divide %321, %25 : tensor<2xf32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %324 = stablehlo.subtract %320, %323 : tensor<2x64xf32>
    %325 = stablehlo.multiply %324, %324 : tensor<2x64xf32>
    %326 = stablehlo.reduce(%325 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %327 = stablehlo.divide %326, %25 : tensor<2xf32>
    %328 = stablehlo.add %327, %34 : tensor<2xf32>
    %329 = stablehlo.rsqrt %328 : tensor<2xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %331 = stablehlo.multiply %324, %330 : tensor<2x64xf32>
    %332 = stablehlo.broadcast_in_dim %arg45, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %333 = stablehlo.multiply %332, %331 : tensor<2x64xf32>
    %334 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %335 = stablehlo.add %333, %334 : tensor<2x64xf32>
    %336 = stablehlo.dot_general %335, %arg47, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %337 = stablehlo.broadcast_in_dim %arg48, dims = [1] : (tensor<128xf32>) -> tensor<2x128xf32>
    %338 = stablehlo.add %336, %337 : tensor<2x128xf32>
    %339 = stablehlo.multiply %338, %338 : tensor<2x128xf32>
    %340 = stablehlo.multiply %339, %338 : tensor<2x128xf32>
    %341 = stablehlo.multiply %125, %340 : tensor<2x128xf32>
    %342 = stablehlo.add %338, %341 : tensor<2x128xf32>
    %343 = stablehlo.multiply %128, %342 : tensor<2x128xf32>
    %344 = stablehlo.tanh %343 : tensor<2x128xf32>
    %345 = stablehlo.add %131, %344 : tensor<2x128xf32>
    %346 = stablehlo.multiply %133, %338 : tensor<2x128xf32>
    %347 = stablehlo.multiply %346, %345 : tensor<2x128xf32>
    %348 = stablehlo.dot_general %347, %arg49, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %349 = stablehlo.broadcast_in_dim %arg50, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %350 = stablehlo.add %348, %349 : tensor<2x64xf32>
    %351 = stablehlo.add %320, %350 : tensor<2x64xf32> loc("layers.2.out")
    %352 = stablehlo.reduce(%351 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %353 = stablehlo.divide %352, %25 : tensor<2xf32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %355 = stablehlo.subtract %351, %354 : tensor<2x64xf32>
    %356 = stablehlo.multiply %355, %355 : tensor<2x64xf32>
    %357 = stablehlo.reduce(%356 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %358 = stablehlo.divide %357, %25 : tensor<2xf32>
    %359 = stablehlo.add %358, %34 : tensor<2xf32>
    %360 = stablehlo.rsqrt %359 : tensor<2xf32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %362 = stablehlo.multiply %355, %361 : tensor<2x64xf32>
    %363 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %364 = stablehlo.multiply %363, %362 : tensor<2x64xf32>
    %365 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %366 = stablehlo.add %364, %365 : tensor<2x64xf32> loc("final_norm")
    %367 = stablehlo.dot_general %366, %arg0, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %367, %78, %84, %190, %196, %296, %302 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
