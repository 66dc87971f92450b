module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg6: tensor<16xf32> loc("model.layers.0.self_attn.q_norm.weight"),
      %arg7: tensor<16xf32> loc("model.layers.0.self_attn.k_norm.weight"),
      %arg8: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg9: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg10: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg11: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg12: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg13: tensor<64xf32> loc("model.layers.0.post_feedforward_layernorm.weight"),
      %arg14: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg15: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg16: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg17: tensor<16xf32> loc("model.layers.1.self_attn.q_norm.weight"),
      %arg18: tensor<16xf32> loc("model.layers.1.self_attn.k_norm.weight"),
      %arg19: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg20: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg21: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg22: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg23: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg24: tensor<64xf32> loc("model.layers.1.post_feedforward_layernorm.weight"),
      %arg25: tensor<64x64xf32> loc("model.layers.2.self_attn.q_proj.weight"),
      %arg26: tensor<32x64xf32> loc("model.layers.2.self_attn.k_proj.weight"),
      %arg27: tensor<32x64xf32> loc("model.layers.2.self_attn.v_proj.weight"),
      %arg28: tensor<16xf32> loc("model.layers.2.self_attn.q_norm.weight"),
      %arg29: tensor<16xf32> loc("model.layers.2.self_attn.k_norm.weight"),
      %arg30: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg31: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg32: tensor<128x64xf32> loc("model.layers.2.mlp.gate_proj.weight"),
      %arg33: tensor<128x64xf32> loc("model.layers.2.mlp.up_proj.weight"),
      %arg34: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg35: tensor<64xf32> loc("model.layers.2.post_feedforward_layernorm.weight"),
      %arg36: tensor<64x64xf32> loc("model.layers.3.self_attn.q_proj.weight"),
      %arg37: tensor<32x64xf32> loc("model.layers.3.self_attn.k_proj.weight"),
      %arg38: tensor<32x64xf32> loc("model.layers.3.self_attn.v_proj.weight"),
      %arg39: tensor<16xf32> loc("model.layers.3.self_attn.q_norm.weight"),
      %arg40: tensor<16xf32> loc("model.layers.3.self_attn.k_norm.weight"),
      %arg41: tensor<64x64xf32> loc("model.layers.3.self_attn.o_proj.weight"),
      %arg42: tensor<64xf32> loc("model.layers.3.post_attention_layernorm.weight"),
      %arg43: tensor<128x64xf32> loc("model.layers.3.mlp.gate_proj.weight"),
      %arg44: tensor<128x64xf32> loc("model.layers.3.mlp.up_proj.weight"),
      %arg45: tensor<64x128xf32> loc("model.layers.3.mlp.down_proj.weight"),
      %arg46: tensor<64xf32> loc("model.layers.3.post_feedforward_layernorm.weight"),
      %arg47: tensor<2xi32> loc("tokens"),
      %arg48: tensor<2xi32> loc("pos"),
      %arg49: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg50: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg51: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg52: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg53: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg54: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"),
      %arg55: tensor<2x32x2x16xf32> {tf.aliasing_output = 7 : i32} loc("cache.k.3"),
      %arg56: tensor<2x32x2x16xf32> {tf.aliasing_output = 8 : i32} loc("cache.v.3"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg48 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg48 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg48 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg48 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg48, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.subtract %13, %12 : tensor<2x32xi32>
    %19 = stablehlo.constant dense<8> : tensor<2x32xi32>
    %20 = stablehlo.compare  LT, %18, %19,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %21 = stablehlo.and %14, %20 : tensor<2x32xi1>
    %22 = stablehlo.select %21, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %23 = stablehlo.reshape %arg47 : (tensor<2xi32>) -> tensor<2x1xi32>
    %24 = "stablehlo.gather"(%arg0, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %25 = stablehlo.dot_general %24, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %26 = stablehlo.reshape %25 : (tensor<2x64xf32>) -> tensor<8x16xf32>
    %27 = stablehlo.multiply %26, %26 : tensor<8x16xf32>
    %28 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<8x16xf32>, tensor<f32>) -> tensor<8xf32>
    %30 = stablehlo.constant dense<1.6e+01> : tensor<8xf32>
    %31 = stablehlo.divide %29, %30 : tensor<8xf32>
    %32 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %33 = stablehlo.add %31, %32 : tensor<8xf32>
    %34 = stablehlo.rsqrt %33 : tensor<8xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0] : (tensor<8xf32>) -> tensor<8x16xf32>
    %36 = stablehlo.multiply %26, %35 : tensor<8x16xf32>
    %37 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %38 = stablehlo.multiply %37, %36 : tensor<8x16xf32>
    %39 = stablehlo.reshape %38 : (tensor<8x16xf32>) -> tensor<2x4x16xf32>
    %40 = stablehlo.dot_general %24, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<2x32xf32>) -> tensor<4x16xf32>
    %42 = stablehlo.multiply %41, %41 : tensor<4x16xf32>
    %43 = stablehlo.reduce(%42 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %44 = stablehlo.constant dense<1.6e+01> : tensor<4xf32>
    %45 = stablehlo.divide %43, %44 : tensor<4xf32>
    %46 = stablehlo.constant dense<1.0e-05> : tensor<4xf32>
    %47 = stablehlo.add %45, %46 : tensor<4xf32>
    %48 = stablehlo.rsqrt %47 : tensor<4xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %50 = stablehlo.multiply %41, %49 : tensor<4x16xf32>
    %51 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %52 = stablehlo.multiply %51, %50 : tensor<4x16xf32>
    %53 = stablehlo.reshape %52 : (tensor<4x16xf32>) -> tensor<2x2x16xf32>
    %54 = stablehlo.dot_general %24, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %55 = stablehlo.reshape %54 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %56 = stablehlo.slice %39 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %57 = stablehlo.slice %39 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %58 = stablehlo.negate %57 : tensor<2x4x8xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %60 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %61 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<2x4x16xf32>
    %63 = stablehlo.multiply %39, %60 : tensor<2x4x16xf32>
    %64 = stablehlo.add %63, %62 : tensor<2x4x16xf32> loc("layers.0.q")
    %65 = stablehlo.slice %53 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %66 = stablehlo.slice %53 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %67 = stablehlo.negate %66 : tensor<2x2x8xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %69 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %70 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %71 = stablehlo.multiply %68, %70 : tensor<2x2x16xf32>
    %72 = stablehlo.multiply %53, %69 : tensor<2x2x16xf32>
    %73 = stablehlo.add %72, %71 : tensor<2x2x16xf32> loc("layers.0.k")
    %74 = stablehlo.slice %73 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %76 = stablehlo.dynamic_update_slice %arg49, %75, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %77 = stablehlo.slice %73 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %79 = stablehlo.dynamic_update_slice %76, %78, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %80 = stablehlo.slice %55 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %82 = stablehlo.dynamic_update_slice %arg50, %81, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %83 = stablehlo.slice %55 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %85 = stablehlo.dynamic_update_slice %82, %84, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %86 = stablehlo.reshape %64 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %87 = stablehlo.dot_general %86, %79, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %88 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %89 = stablehlo.multiply %87, %88 : tensor<2x2x2x32xf32>
    %90 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %91 = stablehlo.add %89, %90 : tensor<2x2x2x32xf32>
    %92 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %93 = stablehlo.reduce(%91 init: %92) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %95 = stablehlo.subtract %91, %94 : tensor<2x2x2x32xf32>
    %96 = stablehlo.exponential %95 : tensor<2x2x2x32xf32>
    %97 = stablehlo.reduce(%96 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %99 = stablehlo.divide %96, %98 : tensor<2x2x2x32xf32>
    %100 = stablehlo.dot_general %99, %85, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %101 = stablehlo.reshape %100 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %102 = stablehlo.dot_general %101, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %103 = stablehlo.multiply %102, %102 : tensor<2x64xf32>
    %104 = stablehlo.reduce(%103 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %105 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %106 = stablehlo.divide %104, %105 : tensor<2xf32>
    %107 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %108 = stablehlo.add %106, %107 : tensor<2xf32>
    %109 = stablehlo.rsqrt %108 : tensor<2xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %111 = stablehlo.multiply %102, %110 : tensor<2x64xf32>
    %112 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %113 = stablehlo.multiply %112, %111 : tensor<2x64xf32>
    %114 = stablehlo.add %24, %113 : tensor<2x64xf32>
    %115 = stablehlo.dot_general %114, %arg10, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %116 = stablehlo.dot_general %114, %arg11, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %117 = stablehlo.logistic %115 : tensor<2x128xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<2x128xf32>
    %119 = stablehlo.multiply %118, %116 : tensor<2x128xf32>
    %120 = stablehlo.dot_general %119, %arg12, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<2x64xf32>
    %122 = stablehlo.reduce(%121 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %123 = stablehlo.divide %122, %105 : tensor<2xf32>
    %124 = stablehlo.add %123, %107 : tensor<2xf32>
    %125 = stablehlo.rsqrt %124 : tensor<2xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %127 = stablehlo.multiply %120, %126 : tensor<2x64xf32>
    %128 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %129 = stablehlo.multiply %128, %127 : tensor<2x64xf32>
    %130 = stablehlo.add %114, %129 : tensor<2x64xf32> loc("layers.0.out")
    %131 = stablehlo.dot_general %130, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %132 = stablehlo.reshape %131 : (tensor<2x64xf32>) -> tensor<8x16xf32>
    %133 = stablehlo.multiply %132, %132 : tensor<8x16xf32>
    %134 = stablehlo.reduce(%133 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<8x16xf32>, tensor<f32>) -> tensor<8xf32>
    %135 = stablehlo.divide %134, %30 : tensor<8xf32>
    %136 = stablehlo.add %135, %32 : tensor<8xf32>
    %137 = stablehlo.rsqrt %136 : tensor<8xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0] : (tensor<8xf32>) -> tensor<8x16xf32>
    %139 = stablehlo.multiply %132, %138 : tensor<8x16xf32>
    %140 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %141 = stablehlo.multiply %140, %139 : tensor<8x16xf32>
    %142 = stablehlo.reshape %141 : (tensor<8x16xf32>) -> tensor<2x4x16xf32>
    %143 = stablehlo.dot_general %130, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %144 = stablehlo.reshape %143 : (tensor<2x32xf32>) -> tensor<4x16xf32>
    %145 = stablehlo.multiply %144, %144 : tensor<4x16xf32>
    %146 = stablehlo.reduce(%145 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %147 = stablehlo.divide %146, %44 : tensor<4xf32>
    %148 = stablehlo.add %147, %46 : tensor<4xf32>
    %149 = stablehlo.rsqrt %148 : tensor<4xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %151 = stablehlo.multiply %144, %150 : tensor<4x16xf32>
    %152 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %153 = stablehlo.multiply %152, %151 : tensor<4x16xf32>
    %154 = stablehlo.reshape %153 : (tensor<4x16xf32>) -> tensor<2x2x16xf32>
    %155 = stablehlo.dot_general %130, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %156 = stablehlo.reshape %155 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %157 = stablehlo.slice %142 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %158 = stablehlo.slice %142 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %159 = stablehlo.negate %158 : tensor<2x4x8xf32>
    %160 = stablehlo.concatenate %159, %157, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %161 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %162 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<2x4x16xf32>
    %164 = stablehlo.multiply %142, %161 : tensor<2x4x16xf32>
    %165 = stablehlo.add %164, %163 : tensor<2x4x16xf32> loc("layers.1.q")
    %166 = stablehlo.slice %154 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %167 = stablehlo.slice %154 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %168 = stablehlo.negate %167 : tensor<2x2x8xf32>
    %169 = stablehlo.concatenate %168, %166, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %170 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %171 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %172 = stablehlo.multiply %169, %171 : tensor<2x2x16xf32>
    %173 = stablehlo.multiply %154, %170 : tensor<2x2x16xf32>
    %174 = stablehlo.add %173, %172 : tensor<2x2x16xf32> loc("layers.1.k")
    %175 = stablehlo.slice %174 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %177 = stablehlo.dynamic_update_slice %arg51, %176, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %178 = stablehlo.slice %174 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %180 = stablehlo.dynamic_update_slice %177, %179, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %181 = stablehlo.slice %156 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %183 = stablehlo.dynamic_update_slice %arg52, %182, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %184 = stablehlo.slice %156 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %186 = stablehlo.dynamic_update_slice %183, %185, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %187 = stablehlo.reshape %165 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %188 = stablehlo.dot_general %187, %180, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %189 = stablehlo.multiply %188, %88 : tensor<2x2x2x32xf32>
    %190 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %191 = stablehlo.add %189, %190 : tensor<2x2x2x32xf32>
    %192 = stablehlo.reduce(%191 init: %92) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %194 = stablehlo.subtract %191, %193 : tensor<2x2x2x32xf32>
    %195 = stablehlo.exponential %194 : tensor<2x2x2x32xf32>
    %196 = stablehlo.reduce(%195 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %198 = stablehlo.divide %195, %197 : tensor<2x2x2x32xf32>
    %199 = stablehlo.dot_general %198, %186, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %200 = stablehlo.reshape %199 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %201 = stablehlo.dot_general %200, %arg19, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %202 = stablehlo.multiply %201, %201 : tensor<2x64xf32>
    %203 = stablehlo.reduce(%202 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %204 = stablehlo.divide %203, %105 : tensor<2xf32>
    %205 = stablehlo.add %204, %107 : tensor<2xf32>
    %206 = stablehlo.rsqrt %205 : tensor<2xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %208 = stablehlo.multiply %201, %207 : tensor<2x64xf32>
    %209 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %210 = stablehlo.multiply %209, %208 : tensor<2x64xf32>
    %211 = stablehlo.add %130, %210 : tensor<2x64xf32>
    %212 = stablehlo.dot_general %211, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %213 = stablehlo.dot_general %211, %arg22, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %214 = stablehlo.logistic %212 : tensor<2x128xf32>
    %215 = stablehlo.multiply %212, %214 : tensor<2x128xf32>
    %216 = stablehlo.multiply %215, %213 : tensor<2x128xf32>
    %217 = stablehlo.dot_general %216, %arg23, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %218 = stablehlo.multiply %217, %217 : tensor<2x64xf32>
    %219 = stablehlo.reduce(%218 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %220 = stablehlo.divide %219, %105 : tensor<2xf32>
    %221 = stablehlo.add %220, %107 : tensor<2xf32>
    %222 = stablehlo.rsqrt %221 : tensor<2xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %224 = stablehlo.multiply %217, %223 : tensor<2x64xf32>
    %225 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %226 = stablehlo.multiply %225, %224 : tensor<2x64xf32>
    %227 = stablehlo.add %211, %226 : tensor<2x64xf32> loc("layers.1.out")
    %228 = stablehlo.dot_general %227, %arg25, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %229 = stablehlo.reshape %228 : (tensor<2x64xf32>) -> tensor<8x16xf32>
    %230 = stablehlo.multiply %229, %229 : tensor<8x16xf32>
    %231 = stablehlo.reduce(%230 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<8x16xf32>, tensor<f32>) -> tensor<8xf32>
    %232 = stablehlo.divide %231, %30 : tensor<8xf32>
    %233 = stablehlo.add %232, %32 : tensor<8xf32>
    %234 = stablehlo.rsqrt %233 : tensor<8xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0] : (tensor<8xf32>) -> tensor<8x16xf32>
    %236 = stablehlo.multiply %229, %235 : tensor<8x16xf32>
    %237 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %238 = stablehlo.multiply %237, %236 : tensor<8x16xf32>
    %239 = stablehlo.reshape %238 : (tensor<8x16xf32>) -> tensor<2x4x16xf32>
    %240 = stablehlo.dot_general %227, %arg26, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %241 = stablehlo.reshape %240 : (tensor<2x32xf32>) -> tensor<4x16xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<4x16xf32>
    %243 = stablehlo.reduce(%242 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %244 = stablehlo.divide %243, %44 : tensor<4xf32>
    %245 = stablehlo.add %244, %46 : tensor<4xf32>
    %246 = stablehlo.rsqrt %245 : tensor<4xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %248 = stablehlo.multiply %241, %247 : tensor<4x16xf32>
    %249 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %250 = stablehlo.multiply %249, %248 : tensor<4x16xf32>
    %251 = stablehlo.reshape %250 : (tensor<4x16xf32>) -> tensor<2x2x16xf32>
    %252 = stablehlo.dot_general %227, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %253 = stablehlo.reshape %252 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %254 = stablehlo.slice %239 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %255 = stablehlo.slice %239 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %256 = stablehlo.negate %255 : tensor<2x4x8xf32>
    %257 = stablehlo.concatenate %256, %254, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %258 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %259 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %260 = stablehlo.multiply %257, %259 : tensor<2x4x16xf32>
    %261 = stablehlo.multiply %239, %258 : tensor<2x4x16xf32>
    %262 = stablehlo.add %261, %260 : tensor<2x4x16xf32> loc("layers.2.q")
    %263 = stablehlo.slice %251 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %264 = stablehlo.slice %251 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %265 = stablehlo.negate %264 : tensor<2x2x8xf32>
    %266 = stablehlo.concatenate %265, %263, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %267 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %268 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %269 = stablehlo.multiply %266, %268 : tensor<2x2x16xf32>
    %270 = stablehlo.multiply %251, %267 : tensor<2x2x16xf32>
    %271 = stablehlo.add %270, %269 : tensor<2x2x16xf32> loc("layers.2.k")
    %272 = stablehlo.slice %271 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %273 = stablehlo.reshape %272 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %274 = stablehlo.dynamic_update_slice %arg53, %273, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %275 = stablehlo.slice %271 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %276 = stablehlo.reshape %275 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %277 = stablehlo.dynamic_update_slice %274, %276, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %278 = stablehlo.slice %253 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %279 = stablehlo.reshape %278 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %280 = stablehlo.dynamic_update_slice %arg54, %279, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %281 = stablehlo.slice %253 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %282 = stablehlo.reshape %281 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %283 = stablehlo.dynamic_update_slice %280, %282, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %284 = stablehlo.reshape %262 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %285 = stablehlo.dot_general %284, %277, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %286 = stablehlo.multiply %285, %88 : tensor<2x2x2x32xf32>
    %287 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %288 = stablehlo.add %286, %287 : tensor<2x2x2x32xf32>
    %289 = stablehlo.reduce(%288 init: %92) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %291 = stablehlo.subtract %288, %290 : tensor<2x2x2x32xf32>
    %292 = stablehlo.exponential %291 : tensor<2x2x2x32xf32>
    %293 = stablehlo.reduce(%292 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %295 = stablehlo.divide %292, %294 : tensor<2x2x2x32xf32>
    %296 = stablehlo.dot_general %295, %283, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %297 = stablehlo.reshape %296 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %298 = stablehlo.dot_general %297, %arg30, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.2.attn_out")
    %299 = stablehlo.multiply %298, %298 : tensor<2x64xf32>
    %300 = stablehlo.reduce(%299 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %301 = stablehlo.divide %300, %105 : tensor<2xf32>
    %302 = stablehlo.add %301, %107 : tensor<2xf32>
    %303 = stablehlo.rsqrt %302 : tensor<2xf32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %305 = stablehlo.multiply %298, %304 : tensor<2x64xf32>
    %306 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %307 = stablehlo.multiply %306, %305 : tensor<2x64xf32>
    %308 = stablehlo.add %227, %307 : tensor<2x64xf32>
    %309 = stablehlo.dot_general %308, %arg32, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %310 = stablehlo.dot_general %308, %arg33, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %311 = stablehlo.logistic %309 : tensor<2x128xf32>
    %312 = stablehlo.multiply %309, %311 : tensor<2x128xf32>
    %313 = stablehlo.multiply %312, %310 : tensor<2x128xf32>
    %314 = stablehlo.dot_general %313, %arg34, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %315 = stablehlo.multiply %314, %314 : tensor<2x64xf32>
    %316 = stablehlo.reduce(%315 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %317 = stablehlo.divide %316, %105 : tensor<2xf32>
    %318 = stablehlo.add %317, %107 : tensor<2xf32>
    %319 = stablehlo.rsqrt %318 : tensor<2xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %321 = stablehlo.multiply %314, %320 : tensor<2x64xf32>
    %322 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %323 = stablehlo.multiply %322, %321 : tensor<2x64xf32>
    %324 = stablehlo.add %308, %323 : tensor<2x64xf32> loc("layers.2.out")
    %325 = stablehlo.dot_general %324, %arg36, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %326 = stablehlo.reshape %325 : (tensor<2x64xf32>) -> tensor<8x16xf32>
    %327 = stablehlo.multiply %326, %326 : tensor<8x16xf32>
    %328 = stablehlo.reduce(%327 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<8x16xf32>, tensor<f32>) -> tensor<8xf32>
    %329 = stablehlo.divide %328, %30 : tensor<8xf32>
    %330 = stablehlo.add %329, %32 : tensor<8xf32>
    %331 = stablehlo.rsqrt %330 : tensor<8xf32>
    %332 = stablehlo.broadcast_in_dim %331, dims = [0] : (tensor<8xf32>) -> tensor<8x16xf32>
    %333 = stablehlo.multiply %326, %332 : tensor<8x16xf32>
    %334 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %335 = stablehlo.multiply %334, %333 : tensor<8x16xf32>
    %336 = stablehlo.reshape %335 : (tensor<8x16xf32>) -> tensor<2x4x16xf32> loc("layers.3.q")
    %337 = stablehlo.dot_general %324, %arg37, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %338 = stablehlo.reshape %337 : (tensor<2x32xf32>) -> tensor<4x16xf32>
    %339 = stablehlo.multiply %338, %338 : tensor<4x16xf32>
    %340 = stablehlo.reduce(%339 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %341 = stablehlo.divide %340, %44 : tensor<4xf32>
    %342 = stablehlo.add %341, %46 : tensor<4xf32>
    %343 = stablehlo.rsqrt %342 : tensor<4xf32>
    %344 = stablehlo.broadcast_in_dim %343, dims = [0] : (tensor<4xf32>) -> tensor<4x16xf32>
    %345 = stablehlo.multiply %338, %344 : tensor<4x16xf32>
    %346 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %347 = stablehlo.multiply %346, %345 : tensor<4x16xf32>
    %348 = stablehlo.reshape %347 : (tensor<4x16xf32>) -> tensor<2x2x16xf32> loc("layers.3.k")
    %349 = stablehlo.dot_general %324, %arg38, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %350 = stablehlo.reshape %349 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.3.v")
    %351 = stablehlo.slice %348 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %353 = stablehlo.dynamic_update_slice %arg55, %352, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %354 = stablehlo.slice %348 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %355 = stablehlo.reshape %354 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %356 = stablehlo.dynamic_update_slice %353, %355, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %357 = stablehlo.slice %350 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %358 = stablehlo.reshape %357 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %359 = stablehlo.dynamic_update_slice %arg56, %358, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %360 = stablehlo.slice %350 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %361 = stablehlo.reshape %360 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %362 = stablehlo.dynamic_update_slice %359, %361, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %363 = stablehlo.reshape %336 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %364 = stablehlo.dot_general %363, %356, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %365 = stablehlo.multiply %364, %88 : tensor<2x2x2x32xf32>
    %366 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %367 = stablehlo.add %365, %366 : tensor<2x2x2x32xf32>
    %368 = stablehlo.reduce(%367 init: %92) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %370 = stablehlo.subtract %367, %369 : tensor<2x2x2x32xf32>
    %371 = stablehlo.exponential %370 : tensor<2x2x2x32xf32>
    %372 = stablehlo.reduce(%371 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %374 = stablehlo.divide %371, %373 : tensor<2x2x2x32xf32>
    %375 = stablehlo.dot_general %374, %362, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %376 = stablehlo.reshape %375 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.3.attn")
    %377 = stablehlo.dot_general %376, %arg41, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.3.attn_out")
    %378 = stablehlo.multiply %377, %377 : tensor<2x64xf32>
    %379 = stablehlo.reduce(%378 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %380 = stablehlo.divide %379, %105 : tensor<2xf32>
    %381 = stablehlo.add %380, %107 : tensor<2xf32>
    %382 = stablehlo.rsqrt %381 : tensor<2xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %384 = stablehlo.multiply %377, %383 : tensor<2x64xf32>
    %385 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %386 = stablehlo.multiply %385, %384 : tensor<2x64xf32>
    %387 = stablehlo.add %324, %386 : tensor<2x64xf32>
    %388 = stablehlo.dot_general %387, %arg43, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %389 = stablehlo.dot_general %387, %arg44, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %390 = stablehlo.logistic %388 : tensor<2x128xf32>
    %391 = stablehlo.multiply %388, %390 : tensor<2x128xf32>
    %392 = stablehlo.multiply %391, %389 : tensor<2x128xf32>
    %393 = stablehlo.dot_general %392, %arg45, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %394 = stablehlo.multiply %393, %393 : tensor<2x64xf32>
    %395 = stablehlo.reduce(%394 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %396 = stablehlo.divide %395, %105 : tensor<2xf32>
    %397 = stablehlo.add %396, %107 : tensor<2xf32>
    %398 = stablehlo.rsqrt %397 : tensor<2xf32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %400 = stablehlo.multiply %393, %399 : tensor<2x64xf32>
    %401 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %402 = stablehlo.multiply %401, %400 : tensor<2x64xf32>
    %403 = stablehlo.add %387, %402 : tensor<2x64xf32> loc("layers.3.out")
    %404 = stablehlo.multiply %403, %403 : tensor<2x64xf32>
    %405 = stablehlo.reduce(%404 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %406 = stablehlo.divide %405, %105 : tensor<2xf32>
    %407 = stablehlo.add %406, %107 : tensor<2xf32>
    %408 = stablehlo.rsqrt %407 : tensor<2xf32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %410 = stablehlo.multiply %403, %409 : tensor<2x64xf32>
    %411 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %412 = stablehlo.multiply %411, %410 : tensor<2x64xf32> loc("final_norm")
    %413 = stablehlo.dot_general %412, %arg2, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %413, %79, %85, %180, %186, %277, %283, %356, %362 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
