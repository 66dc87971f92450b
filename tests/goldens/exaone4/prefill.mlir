module @prefill {
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
      %arg47: tensor<8xi32> loc("tokens"),
      %arg48: tensor<i32> loc("start"),
      %arg49: tensor<i32> loc("length"),
      %arg50: tensor<i32> loc("slot"),
      %arg51: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg52: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg53: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg54: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg55: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg56: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"),
      %arg57: tensor<2x32x2x16xf32> {tf.aliasing_output = 7 : i32} loc("cache.k.3"),
      %arg58: tensor<2x32x2x16xf32> {tf.aliasing_output = 8 : i32} loc("cache.v.3"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<i32>) -> tensor<8xi32>
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
    %21 = stablehlo.reshape %arg47 : (tensor<8xi32>) -> tensor<8x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %23 = stablehlo.dot_general %22, %arg3, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x64xf32>) -> tensor<32x16xf32>
    %25 = stablehlo.multiply %24, %24 : tensor<32x16xf32>
    %26 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %28 = stablehlo.constant dense<1.6e+01> : tensor<32xf32>
    %29 = stablehlo.divide %27, %28 : tensor<32xf32>
    %30 = stablehlo.constant dense<1.0e-05> : tensor<32xf32>
    %31 = stablehlo.add %29, %30 : tensor<32xf32>
    %32 = stablehlo.rsqrt %31 : tensor<32xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %34 = stablehlo.multiply %24, %33 : tensor<32x16xf32>
    %35 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %36 = stablehlo.multiply %35, %34 : tensor<32x16xf32>
    %37 = stablehlo.reshape %36 : (tensor<32x16xf32>) -> tensor<8x4x16xf32>
    %38 = stablehlo.dot_general %22, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<8x32xf32>) -> tensor<16x16xf32>
    %40 = stablehlo.multiply %39, %39 : tensor<16x16xf32>
    %41 = stablehlo.reduce(%40 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<16x16xf32>, tensor<f32>) -> tensor<16xf32>
    %42 = stablehlo.constant dense<1.6e+01> : tensor<16xf32>
    %43 = stablehlo.divide %41, %42 : tensor<16xf32>
    %44 = stablehlo.constant dense<1.0e-05> : tensor<16xf32>
    %45 = stablehlo.add %43, %44 : tensor<16xf32>
    %46 = stablehlo.rsqrt %45 : tensor<16xf32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [0] : (tensor<16xf32>) -> tensor<16x16xf32>
    %48 = stablehlo.multiply %39, %47 : tensor<16x16xf32>
    %49 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<16xf32>) -> tensor<16x16xf32>
    %50 = stablehlo.multiply %49, %48 : tensor<16x16xf32>
    %51 = stablehlo.reshape %50 : (tensor<16x16xf32>) -> tensor<8x2x16xf32>
    %52 = stablehlo.dot_general %22, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %53 = stablehlo.reshape %52 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %54 = stablehlo.slice %37 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %55 = stablehlo.slice %37 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %56 = stablehlo.negate %55 : tensor<8x4x8xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %58 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %59 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %60 = stablehlo.multiply %57, %59 : tensor<8x4x16xf32>
    %61 = stablehlo.multiply %37, %58 : tensor<8x4x16xf32>
    %62 = stablehlo.add %61, %60 : tensor<8x4x16xf32> loc("layers.0.q")
    %63 = stablehlo.slice %51 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %64 = stablehlo.slice %51 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %65 = stablehlo.negate %64 : tensor<8x2x8xf32>
    %66 = stablehlo.concatenate %65, %63, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %67 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %68 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %69 = stablehlo.multiply %66, %68 : tensor<8x2x16xf32>
    %70 = stablehlo.multiply %51, %67 : tensor<8x2x16xf32>
    %71 = stablehlo.add %70, %69 : tensor<8x2x16xf32> loc("layers.0.k")
    %72 = stablehlo.reshape %71 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %73 = stablehlo.dynamic_update_slice %arg51, %72, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %74 = stablehlo.reshape %53 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %75 = stablehlo.dynamic_update_slice %arg52, %74, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %76 = stablehlo.reshape %62 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %77 = stablehlo.dynamic_slice %73, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %79 = stablehlo.dynamic_slice %75, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %81 = stablehlo.dot_general %76, %78, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %82 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<2x8x2x32xf32>
    %84 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %85 = stablehlo.add %83, %84 : tensor<2x8x2x32xf32>
    %86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %87 = stablehlo.reduce(%85 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %88 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %89 = stablehlo.subtract %85, %88 : tensor<2x8x2x32xf32>
    %90 = stablehlo.exponential %89 : tensor<2x8x2x32xf32>
    %91 = stablehlo.reduce(%90 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %93 = stablehlo.divide %90, %92 : tensor<2x8x2x32xf32>
    %94 = stablehlo.dot_general %93, %80, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %95 = stablehlo.transpose %94, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %96 = stablehlo.reshape %95 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %97 = stablehlo.dot_general %96, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %98 = stablehlo.multiply %97, %97 : tensor<8x64xf32>
    %99 = stablehlo.reduce(%98 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %100 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %101 = stablehlo.divide %99, %100 : tensor<8xf32>
    %102 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %103 = stablehlo.add %101, %102 : tensor<8xf32>
    %104 = stablehlo.rsqrt %103 : tensor<8xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %106 = stablehlo.multiply %97, %105 : tensor<8x64xf32>
    %107 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %108 = stablehlo.multiply %107, %106 : tensor<8x64xf32>
    %109 = stablehlo.add %22, %108 : tensor<8x64xf32>
    %110 = stablehlo.dot_general %109, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %111 = stablehlo.dot_general %109, %arg11, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %112 = stablehlo.logistic %110 : tensor<8x128xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<8x128xf32>
    %114 = stablehlo.multiply %113, %111 : tensor<8x128xf32>
    %115 = stablehlo.dot_general %114, %arg12, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %116 = stablehlo.multiply %115, %115 : tensor<8x64xf32>
    %117 = stablehlo.reduce(%116 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %118 = stablehlo.divide %117, %100 : tensor<8xf32>
    %119 = stablehlo.add %118, %102 : tensor<8xf32>
    %120 = stablehlo.rsqrt %119 : tensor<8xf32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %122 = stablehlo.multiply %115, %121 : tensor<8x64xf32>
    %123 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %124 = stablehlo.multiply %123, %122 : tensor<8x64xf32>
    %125 = stablehlo.add %109, %124 : tensor<8x64xf32> loc("layers.0.out")
    %126 = stablehlo.dot_general %125, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %127 = stablehlo.reshape %126 : (tensor<8x64xf32>) -> tensor<32x16xf32>
    %128 = stablehlo.multiply %127, %127 : tensor<32x16xf32>
    %129 = stablehlo.reduce(%128 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %130 = stablehlo.divide %129, %28 : tensor<32xf32>
    %131 = stablehlo.add %130, %30 : tensor<32xf32>
    %132 = stablehlo.rsqrt %131 : tensor<32xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %134 = stablehlo.multiply %127, %133 : tensor<32x16xf32>
    %135 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %136 = stablehlo.multiply %135, %134 : tensor<32x16xf32>
    %137 = stablehlo.reshape %136 : (tensor<32x16xf32>) -> tensor<8x4x16xf32>
    %138 = stablehlo.dot_general %125, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %139 = stablehlo.reshape %138 : (tensor<8x32xf32>) -> tensor<16x16xf32>
    %140 = stablehlo.multiply %139, %139 : tensor<16x16xf32>
    %141 = stablehlo.reduce(%140 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<16x16xf32>, tensor<f32>) -> tensor<16xf32>
    %142 = stablehlo.divide %141, %42 : tensor<16xf32>
    %143 = stablehlo.add %142, %44 : tensor<16xf32>
    %144 = stablehlo.rsqrt %143 : tensor<16xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0] : (tensor<16xf32>) -> tensor<16x16xf32>
    %146 = stablehlo.multiply %139, %145 : tensor<16x16xf32>
    %147 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<16xf32>) -> tensor<16x16xf32>
    %148 = stablehlo.multiply %147, %146 : tensor<16x16xf32>
    %149 = stablehlo.reshape %148 : (tensor<16x16xf32>) -> tensor<8x2x16xf32>
    %150 = stablehlo.dot_general %125, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %151 = stablehlo.reshape %150 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %152 = stablehlo.slice %137 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %153 = stablehlo.slice %137 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %154 = stablehlo.negate %153 : tensor<8x4x8xf32>
    %155 = stablehlo.concatenate %154, %152, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %156 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %157 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %158 = stablehlo.multiply %155, %157 : tensor<8x4x16xf32>
    %159 = stablehlo.multiply %137, %156 : tensor<8x4x16xf32>
    %160 = stablehlo.add %159, %158 : tensor<8x4x16xf32> loc("layers.1.q")
    %161 = stablehlo.slice %149 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %162 = stablehlo.slice %149 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %163 = stablehlo.negate %162 : tensor<8x2x8xf32>
    %164 = stablehlo.concatenate %163, %161, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %165 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %166 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<8x2x16xf32>
    %168 = stablehlo.multiply %149, %165 : tensor<8x2x16xf32>
    %169 = stablehlo.add %168, %167 : tensor<8x2x16xf32> loc("layers.1.k")
    %170 = stablehlo.reshape %169 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %171 = stablehlo.dynamic_update_slice %arg53, %170, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %172 = stablehlo.reshape %151 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %173 = stablehlo.dynamic_update_slice %arg54, %172, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %174 = stablehlo.reshape %160 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %175 = stablehlo.dynamic_slice %171, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %177 = stablehlo.dynamic_slice %173, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %179 = stablehlo.dot_general %174, %176, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %180 = stablehlo.multiply %179, %82 : tensor<2x8x2x32xf32>
    %181 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %182 = stablehlo.add %180, %181 : tensor<2x8x2x32xf32>
    %183 = stablehlo.reduce(%182 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %185 = stablehlo.subtract %182, %184 : tensor<2x8x2x32xf32>
    %186 = stablehlo.exponential %185 : tensor<2x8x2x32xf32>
    %187 = stablehlo.reduce(%186 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %189 = stablehlo.divide %186, %188 : tensor<2x8x2x32xf32>
    %190 = stablehlo.dot_general %189, %178, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %191 = stablehlo.transpose %190, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %192 = stablehlo.reshape %191 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %193 = stablehlo.dot_general %192, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %194 = stablehlo.multiply %193, %193 : tensor<8x64xf32>
    %195 = stablehlo.reduce(%194 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %196 = stablehlo.divide %195, %100 : tensor<8xf32>
    %197 = stablehlo.add %196, %102 : tensor<8xf32>
    %198 = stablehlo.rsqrt %197 : tensor<8xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %200 = stablehlo.multiply %193, %199 : tensor<8x64xf32>
    %201 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %202 = stablehlo.multiply %201, %200 : tensor<8x64xf32>
    %203 = stablehlo.add %125, %202 : tensor<8x64xf32>
    %204 = stablehlo.dot_general %203, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %205 = stablehlo.dot_general %203, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %206 = stablehlo.logistic %204 : tensor<8x128xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<8x128xf32>
    %208 = stablehlo.multiply %207, %205 : tensor<8x128xf32>
    %209 = stablehlo.dot_general %208, %arg23, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %210 = stablehlo.multiply %209, %209 : tensor<8x64xf32>
    %211 = stablehlo.reduce(%210 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %212 = stablehlo.divide %211, %100 : tensor<8xf32>
    %213 = stablehlo.add %212, %102 : tensor<8xf32>
    %214 = stablehlo.rsqrt %213 : tensor<8xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %216 = stablehlo.multiply %209, %215 : tensor<8x64xf32>
    %217 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %218 = stablehlo.multiply %217, %216 : tensor<8x64xf32>
    %219 = stablehlo.add %203, %218 : tensor<8x64xf32> loc("layers.1.out")
    %220 = stablehlo.dot_general %219, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %221 = stablehlo.reshape %220 : (tensor<8x64xf32>) -> tensor<32x16xf32>
    %222 = stablehlo.multiply %221, %221 : tensor<32x16xf32>
    %223 = stablehlo.reduce(%222 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %224 = stablehlo.divide %223, %28 : tensor<32xf32>
    %225 = stablehlo.add %224, %30 : tensor<32xf32>
    %226 = stablehlo.rsqrt %225 : tensor<32xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %228 = stablehlo.multiply %221, %227 : tensor<32x16xf32>
    %229 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %230 = stablehlo.multiply %229, %228 : tensor<32x16xf32>
    %231 = stablehlo.reshape %230 : (tensor<32x16xf32>) -> tensor<8x4x16xf32>
    %232 = stablehlo.dot_general %219, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %233 = stablehlo.reshape %232 : (tensor<8x32xf32>) -> tensor<16x16xf32>
    %234 = stablehlo.multiply %233, %233 : tensor<16x16xf32>
    %235 = stablehlo.reduce(%234 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<16x16xf32>, tensor<f32>) -> tensor<16xf32>
    %236 = stablehlo.divide %235, %42 : tensor<16xf32>
    %237 = stablehlo.add %236, %44 : tensor<16xf32>
    %238 = stablehlo.rsqrt %237 : tensor<16xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0] : (tensor<16xf32>) -> tensor<16x16xf32>
    %240 = stablehlo.multiply %233, %239 : tensor<16x16xf32>
    %241 = stablehlo.broadcast_in_dim %arg29, dims = [1] : (tensor<16xf32>) -> tensor<16x16xf32>
    %242 = stablehlo.multiply %241, %240 : tensor<16x16xf32>
    %243 = stablehlo.reshape %242 : (tensor<16x16xf32>) -> tensor<8x2x16xf32>
    %244 = stablehlo.dot_general %219, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %245 = stablehlo.reshape %244 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %246 = stablehlo.slice %231 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %247 = stablehlo.slice %231 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %248 = stablehlo.negate %247 : tensor<8x4x8xf32>
    %249 = stablehlo.concatenate %248, %246, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %250 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %251 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %252 = stablehlo.multiply %249, %251 : tensor<8x4x16xf32>
    %253 = stablehlo.multiply %231, %250 : tensor<8x4x16xf32>
    %254 = stablehlo.add %253, %252 : tensor<8x4x16xf32> loc("layers.2.q")
    %255 = stablehlo.slice %243 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %256 = stablehlo.slice %243 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %257 = stablehlo.negate %256 : tensor<8x2x8xf32>
    %258 = stablehlo.concatenate %257, %255, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %259 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %260 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %261 = stablehlo.multiply %258, %260 : tensor<8x2x16xf32>
    %262 = stablehlo.multiply %243, %259 : tensor<8x2x16xf32>
    %263 = stablehlo.add %262, %261 : tensor<8x2x16xf32> loc("layers.2.k")
    %264 = stablehlo.reshape %263 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %265 = stablehlo.dynamic_update_slice %arg55, %264, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %266 = stablehlo.reshape %245 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %267 = stablehlo.dynamic_update_slice %arg56, %266, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %268 = stablehlo.reshape %254 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %269 = stablehlo.dynamic_slice %265, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %270 = stablehlo.reshape %269 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %271 = stablehlo.dynamic_slice %267, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %272 = stablehlo.reshape %271 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %273 = stablehlo.dot_general %268, %270, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %274 = stablehlo.multiply %273, %82 : tensor<2x8x2x32xf32>
    %275 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %276 = stablehlo.add %274, %275 : tensor<2x8x2x32xf32>
    %277 = stablehlo.reduce(%276 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %279 = stablehlo.subtract %276, %278 : tensor<2x8x2x32xf32>
    %280 = stablehlo.exponential %279 : tensor<2x8x2x32xf32>
    %281 = stablehlo.reduce(%280 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %283 = stablehlo.divide %280, %282 : tensor<2x8x2x32xf32>
    %284 = stablehlo.dot_general %283, %272, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %285 = stablehlo.transpose %284, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %286 = stablehlo.reshape %285 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %287 = stablehlo.dot_general %286, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.2.attn_out")
    %288 = stablehlo.multiply %287, %287 : tensor<8x64xf32>
    %289 = stablehlo.reduce(%288 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %290 = stablehlo.divide %289, %100 : tensor<8xf32>
    %291 = stablehlo.add %290, %102 : tensor<8xf32>
    %292 = stablehlo.rsqrt %291 : tensor<8xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %294 = stablehlo.multiply %287, %293 : tensor<8x64xf32>
    %295 = stablehlo.broadcast_in_dim %arg31, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %296 = stablehlo.multiply %295, %294 : tensor<8x64xf32>
    %297 = stablehlo.add %219, %296 : tensor<8x64xf32>
    %298 = stablehlo.dot_general %297, %arg32, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %299 = stablehlo.dot_general %297, %arg33, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %300 = stablehlo.logistic %298 : tensor<8x128xf32>
    %301 = stablehlo.multiply %298, %300 : tensor<8x128xf32>
    %302 = stablehlo.multiply %301, %299 : tensor<8x128xf32>
    %303 = stablehlo.dot_general %302, %arg34, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %304 = stablehlo.multiply %303, %303 : tensor<8x64xf32>
    %305 = stablehlo.reduce(%304 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %306 = stablehlo.divide %305, %100 : tensor<8xf32>
    %307 = stablehlo.add %306, %102 : tensor<8xf32>
    %308 = stablehlo.rsqrt %307 : tensor<8xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %310 = stablehlo.multiply %303, %309 : tensor<8x64xf32>
    %311 = stablehlo.broadcast_in_dim %arg35, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %312 = stablehlo.multiply %311, %310 : tensor<8x64xf32>
    %313 = stablehlo.add %297, %312 : tensor<8x64xf32> loc("layers.2.out")
    %314 = stablehlo.dot_general %313, %arg36, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %315 = stablehlo.reshape %314 : (tensor<8x64xf32>) -> tensor<32x16xf32>
    %316 = stablehlo.multiply %315, %315 : tensor<32x16xf32>
    %317 = stablehlo.reduce(%316 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %318 = stablehlo.divide %317, %28 : tensor<32xf32>
    %319 = stablehlo.add %318, %30 : tensor<32xf32>
    %320 = stablehlo.rsqrt %319 : tensor<32xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0] : (tensor<32xf32>) -> tensor<32x16xf32>
    %322 = stablehlo.multiply %315, %321 : tensor<32x16xf32>
    %323 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<16xf32>) -> tensor<32x16xf32>
    %324 = stablehlo.multiply %323, %322 : tensor<32x16xf32>
    %325 = stablehlo.reshape %324 : (tensor<32x16xf32>) -> tensor<8x4x16xf32> loc("layers.3.q")
    %326 = stablehlo.dot_general %313, %arg37, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %327 = stablehlo.reshape %326 : (tensor<8x32xf32>) -> tensor<16x16xf32>
    %328 = stablehlo.multiply %327, %327 : tensor<16x16xf32>
    %329 = stablehlo.reduce(%328 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<16x16xf32>, tensor<f32>) -> tensor<16xf32>
    %330 = stablehlo.divide %329, %42 : tensor<16xf32>
    %331 = stablehlo.add %330, %44 : tensor<16xf32>
    %332 = stablehlo.rsqrt %331 : tensor<16xf32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [0] : (tensor<16xf32>) -> tensor<16x16xf32>
    %334 = stablehlo.multiply %327, %333 : tensor<16x16xf32>
    %335 = stablehlo.broadcast_in_dim %arg40, dims = [1] : (tensor<16xf32>) -> tensor<16x16xf32>
    %336 = stablehlo.multiply %335, %334 : tensor<16x16xf32>
    %337 = stablehlo.reshape %336 : (tensor<16x16xf32>) -> tensor<8x2x16xf32> loc("layers.3.k")
    %338 = stablehlo.dot_general %313, %arg38, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %339 = stablehlo.reshape %338 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.3.v")
    %340 = stablehlo.reshape %337 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %341 = stablehlo.dynamic_update_slice %arg57, %340, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %342 = stablehlo.reshape %339 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %343 = stablehlo.dynamic_update_slice %arg58, %342, %arg50, %arg48, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %344 = stablehlo.reshape %325 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %345 = stablehlo.dynamic_slice %341, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %346 = stablehlo.reshape %345 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %347 = stablehlo.dynamic_slice %343, %arg50, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %348 = stablehlo.reshape %347 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %349 = stablehlo.dot_general %344, %346, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %350 = stablehlo.multiply %349, %82 : tensor<2x8x2x32xf32>
    %351 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %352 = stablehlo.add %350, %351 : tensor<2x8x2x32xf32>
    %353 = stablehlo.reduce(%352 init: %86) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %355 = stablehlo.subtract %352, %354 : tensor<2x8x2x32xf32>
    %356 = stablehlo.exponential %355 : tensor<2x8x2x32xf32>
    %357 = stablehlo.reduce(%356 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %359 = stablehlo.divide %356, %358 : tensor<2x8x2x32xf32>
    %360 = stablehlo.dot_general %359, %348, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %361 = stablehlo.transpose %360, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %362 = stablehlo.reshape %361 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.3.attn")
    %363 = stablehlo.dot_general %362, %arg41, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.3.attn_out")
    %364 = stablehlo.multiply %363, %363 : tensor<8x64xf32>
    %365 = stablehlo.reduce(%364 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %366 = stablehlo.divide %365, %100 : tensor<8xf32>
    %367 = stablehlo.add %366, %102 : tensor<8xf32>
    %368 = stablehlo.rsqrt %367 : tensor<8xf32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %370 = stablehlo.multiply %363, %369 : tensor<8x64xf32>
    %371 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %372 = stablehlo.multiply %371, %370 : tensor<8x64xf32>
    %373 = stablehlo.add %313, %372 : tensor<8x64xf32>
    %374 = stablehlo.dot_general %373, %arg43, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %375 = stablehlo.dot_general %373, %arg44, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %376 = stablehlo.logistic %374 : tensor<8x128xf32>
    %377 = stablehlo.multiply %374, %376 : tensor<8x128xf32>
    %378 = stablehlo.multiply %377, %375 : tensor<8x128xf32>
    %379 = stablehlo.dot_general %378, %arg45, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %380 = stablehlo.multiply %379, %379 : tensor<8x64xf32>
    %381 = stablehlo.reduce(%380 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %382 = stablehlo.divide %381, %100 : tensor<8xf32>
    %383 = stablehlo.add %382, %102 : tensor<8xf32>
    %384 = stablehlo.rsqrt %383 : tensor<8xf32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %386 = stablehlo.multiply %379, %385 : tensor<8x64xf32>
    %387 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %388 = stablehlo.multiply %387, %386 : tensor<8x64xf32>
    %389 = stablehlo.add %373, %388 : tensor<8x64xf32> loc("layers.3.out")
    %390 = stablehlo.constant dense<1> : tensor<i32>
    %391 = stablehlo.subtract %arg49, %390 : tensor<i32>
    %392 = stablehlo.dynamic_slice %389, %391, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %393 = stablehlo.multiply %392, %392 : tensor<1x64xf32>
    %394 = stablehlo.reduce(%393 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %395 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %396 = stablehlo.divide %394, %395 : tensor<1xf32>
    %397 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %398 = stablehlo.add %396, %397 : tensor<1xf32>
    %399 = stablehlo.rsqrt %398 : tensor<1xf32>
    %400 = stablehlo.broadcast_in_dim %399, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %401 = stablehlo.multiply %392, %400 : tensor<1x64xf32>
    %402 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %403 = stablehlo.multiply %402, %401 : tensor<1x64xf32> loc("final_norm")
    %404 = stablehlo.dot_general %403, %arg2, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %405, %73, %75, %171, %173, %265, %267, %341, %343 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
