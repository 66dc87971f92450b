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
      %arg8: tensor<64xf32> loc("model.layers.0.pre_feedforward_layernorm.weight"),
      %arg9: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg10: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg11: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg12: tensor<64xf32> loc("model.layers.0.post_feedforward_layernorm.weight"),
      %arg13: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg14: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg15: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg16: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg17: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg18: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg19: tensor<64xf32> loc("model.layers.1.pre_feedforward_layernorm.weight"),
      %arg20: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg21: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg22: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg23: tensor<64xf32> loc("model.layers.1.post_feedforward_layernorm.weight"),
      %arg24: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg25: tensor<64x64xf32> loc("model.layers.2.self_attn.q_proj.weight"),
      %arg26: tensor<32x64xf32> loc("model.layers.2.self_attn.k_proj.weight"),
      %arg27: tensor<32x64xf32> loc("model.layers.2.self_attn.v_proj.weight"),
      %arg28: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg29: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg30: tensor<64xf32> loc("model.layers.2.pre_feedforward_layernorm.weight"),
      %arg31: tensor<128x64xf32> loc("model.layers.2.mlp.gate_proj.weight"),
      %arg32: tensor<128x64xf32> loc("model.layers.2.mlp.up_proj.weight"),
      %arg33: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg34: tensor<64xf32> loc("model.layers.2.post_feedforward_layernorm.weight"),
      %arg35: tensor<2xi32> loc("tokens"),
      %arg36: tensor<2xi32> loc("pos"),
      %arg37: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg38: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg36 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg36 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg36 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg36 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg36, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.subtract %13, %12 : tensor<2x32xi32>
    %19 = stablehlo.constant dense<8> : tensor<2x32xi32>
    %20 = stablehlo.compare  LT, %18, %19,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %21 = stablehlo.and %14, %20 : tensor<2x32xi1>
    %22 = stablehlo.select %21, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %23 = stablehlo.reshape %arg35 : (tensor<2xi32>) -> tensor<2x1xi32>
    %24 = "stablehlo.gather"(%arg0, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32>
    %25 = stablehlo.constant dense<8.0e+00> : tensor<2x64xf32>
    %26 = stablehlo.multiply %24, %25 : tensor<2x64xf32> loc("embed")
    %27 = stablehlo.multiply %26, %26 : tensor<2x64xf32>
    %28 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %29 = stablehlo.reduce(%27 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %30 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %31 = stablehlo.divide %29, %30 : tensor<2xf32>
    %32 = stablehlo.constant dense<1.0e-06> : tensor<2xf32>
    %33 = stablehlo.add %31, %32 : tensor<2xf32>
    %34 = stablehlo.rsqrt %33 : tensor<2xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %36 = stablehlo.multiply %26, %35 : tensor<2x64xf32>
    %37 = stablehlo.constant dense<1.0e+00> : tensor<64xf32>
    %38 = stablehlo.add %37, %arg2 : tensor<64xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %40 = stablehlo.multiply %36, %39 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %41 = stablehlo.dot_general %40, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %42 = stablehlo.reshape %41 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %43 = stablehlo.dot_general %40, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %45 = stablehlo.dot_general %40, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %46 = stablehlo.reshape %45 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %47 = stablehlo.slice %42 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %48 = stablehlo.slice %42 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %49 = stablehlo.negate %48 : tensor<2x4x8xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %51 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %52 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<2x4x16xf32>
    %54 = stablehlo.multiply %42, %51 : tensor<2x4x16xf32>
    %55 = stablehlo.add %54, %53 : tensor<2x4x16xf32> loc("layers.0.q")
    %56 = stablehlo.slice %44 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %57 = stablehlo.slice %44 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %58 = stablehlo.negate %57 : tensor<2x2x8xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %60 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %61 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<2x2x16xf32>
    %63 = stablehlo.multiply %44, %60 : tensor<2x2x16xf32>
    %64 = stablehlo.add %63, %62 : tensor<2x2x16xf32> loc("layers.0.k")
    %65 = stablehlo.slice %64 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %67 = stablehlo.dynamic_update_slice %arg37, %66, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %68 = stablehlo.slice %64 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %70 = stablehlo.dynamic_update_slice %67, %69, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %71 = stablehlo.slice %46 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %73 = stablehlo.dynamic_update_slice %arg38, %72, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %74 = stablehlo.slice %46 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %76 = stablehlo.dynamic_update_slice %73, %75, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %77 = stablehlo.reshape %55 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %78 = stablehlo.dot_general %77, %70, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %79 = stablehlo.constant dense<2.0412415e-01> : tensor<2x2x2x32xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<2x2x2x32xf32>
    %81 = stablehlo.constant dense<2.0e+00> : tensor<2x2x2x32xf32>
    %82 = stablehlo.divide %80, %81 : tensor<2x2x2x32xf32>
    %83 = stablehlo.tanh %82 : tensor<2x2x2x32xf32>
    %84 = stablehlo.multiply %83, %81 : tensor<2x2x2x32xf32>
    %85 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %86 = stablehlo.add %84, %85 : tensor<2x2x2x32xf32>
    %87 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %90 = stablehlo.subtract %86, %89 : tensor<2x2x2x32xf32>
    %91 = stablehlo.exponential %90 : tensor<2x2x2x32xf32>
    %92 = stablehlo.reduce(%91 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %94 = stablehlo.divide %91, %93 : tensor<2x2x2x32xf32>
    %95 = stablehlo.dot_general %94, %76, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %96 = stablehlo.reshape %95 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %97 = stablehlo.dot_general %96, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %98 = stablehlo.multiply %97, %97 : tensor<2x64xf32>
    %99 = stablehlo.reduce(%98 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %100 = stablehlo.divide %99, %30 : tensor<2xf32>
    %101 = stablehlo.add %100, %32 : tensor<2xf32>
    %102 = stablehlo.rsqrt %101 : tensor<2xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %104 = stablehlo.multiply %97, %103 : tensor<2x64xf32>
    %105 = stablehlo.add %37, %arg7 : tensor<64xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %107 = stablehlo.multiply %104, %106 : tensor<2x64xf32>
    %108 = stablehlo.add %26, %107 : tensor<2x64xf32>
    %109 = stablehlo.multiply %108, %108 : tensor<2x64xf32>
    %110 = stablehlo.reduce(%109 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %111 = stablehlo.divide %110, %30 : tensor<2xf32>
    %112 = stablehlo.add %111, %32 : tensor<2xf32>
    %113 = stablehlo.rsqrt %112 : tensor<2xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %115 = stablehlo.multiply %108, %114 : tensor<2x64xf32>
    %116 = stablehlo.add %37, %arg8 : tensor<64xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<2x64xf32>
    %119 = stablehlo.dot_general %118, %arg9, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %120 = stablehlo.dot_general %118, %arg10, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %121 = stablehlo.multiply %119, %119 : tensor<2x128xf32>
    %122 = stablehlo.multiply %121, %119 : tensor<2x128xf32>
    %123 = stablehlo.constant dense<4.4715e-02> : tensor<2x128xf32>
    %124 = stablehlo.multiply %123, %122 : tensor<2x128xf32>
    %125 = stablehlo.add %119, %124 : tensor<2x128xf32>
    %126 = stablehlo.constant dense<7.978846e-01> : tensor<2x128xf32>
    %127 = stablehlo.multiply %126, %125 : tensor<2x128xf32>
    %128 = stablehlo.tanh %127 : tensor<2x128xf32>
    %129 = stablehlo.constant dense<1.0e+00> : tensor<2x128xf32>
    %130 = stablehlo.add %129, %128 : tensor<2x128xf32>
    %131 = stablehlo.constant dense<5.0e-01> : tensor<2x128xf32>
    %132 = stablehlo.multiply %131, %119 : tensor<2x128xf32>
    %133 = stablehlo.multiply %132, %130 : tensor<2x128xf32>
    %134 = stablehlo.multiply %133, %120 : tensor<2x128xf32>
    %135 = stablehlo.dot_general %134, %arg11, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %136 = stablehlo.multiply %135, %135 : tensor<2x64xf32>
    %137 = stablehlo.reduce(%136 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %138 = stablehlo.divide %137, %30 : tensor<2xf32>
    %139 = stablehlo.add %138, %32 : tensor<2xf32>
    %140 = stablehlo.rsqrt %139 : tensor<2xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %142 = stablehlo.multiply %135, %141 : tensor<2x64xf32>
    %143 = stablehlo.add %37, %arg12 : tensor<64xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %145 = stablehlo.multiply %142, %144 : tensor<2x64xf32>
    %146 = stablehlo.add %108, %145 : tensor<2x64xf32> loc("layers.0.out")
    %147 = stablehlo.multiply %146, %146 : tensor<2x64xf32>
    %148 = stablehlo.reduce(%147 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %149 = stablehlo.divide %148, %30 : tensor<2xf32>
    %150 = stablehlo.add %149, %32 : tensor<2xf32>
    %151 = stablehlo.rsqrt %150 : tensor<2xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %153 = stablehlo.multiply %146, %152 : tensor<2x64xf32>
    %154 = stablehlo.add %37, %arg13 : tensor<64xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %156 = stablehlo.multiply %153, %155 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %157 = stablehlo.dot_general %156, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %158 = stablehlo.reshape %157 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %159 = stablehlo.dot_general %156, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %160 = stablehlo.reshape %159 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %161 = stablehlo.dot_general %156, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %162 = stablehlo.reshape %161 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %163 = stablehlo.slice %158 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %164 = stablehlo.slice %158 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %165 = stablehlo.negate %164 : tensor<2x4x8xf32>
    %166 = stablehlo.concatenate %165, %163, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %167 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %168 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<2x4x16xf32>
    %170 = stablehlo.multiply %158, %167 : tensor<2x4x16xf32>
    %171 = stablehlo.add %170, %169 : tensor<2x4x16xf32> loc("layers.1.q")
    %172 = stablehlo.slice %160 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %173 = stablehlo.slice %160 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %174 = stablehlo.negate %173 : tensor<2x2x8xf32>
    %175 = stablehlo.concatenate %174, %172, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %176 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %177 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %178 = stablehlo.multiply %175, %177 : tensor<2x2x16xf32>
    %179 = stablehlo.multiply %160, %176 : tensor<2x2x16xf32>
    %180 = stablehlo.add %179, %178 : tensor<2x2x16xf32> loc("layers.1.k")
    %181 = stablehlo.slice %180 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %183 = stablehlo.dynamic_update_slice %arg39, %182, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %184 = stablehlo.slice %180 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %186 = stablehlo.dynamic_update_slice %183, %185, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %187 = stablehlo.slice %162 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %189 = stablehlo.dynamic_update_slice %arg40, %188, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %190 = stablehlo.slice %162 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %191 = stablehlo.reshape %190 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %192 = stablehlo.dynamic_update_slice %189, %191, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %193 = stablehlo.reshape %171 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %194 = stablehlo.dot_general %193, %186, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %195 = stablehlo.multiply %194, %79 : tensor<2x2x2x32xf32>
    %196 = stablehlo.divide %195, %81 : tensor<2x2x2x32xf32>
    %197 = stablehlo.tanh %196 : tensor<2x2x2x32xf32>
    %198 = stablehlo.multiply %197, %81 : tensor<2x2x2x32xf32>
    %199 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %200 = stablehlo.add %198, %199 : tensor<2x2x2x32xf32>
    %201 = stablehlo.reduce(%200 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %203 = stablehlo.subtract %200, %202 : tensor<2x2x2x32xf32>
    %204 = stablehlo.exponential %203 : tensor<2x2x2x32xf32>
    %205 = stablehlo.reduce(%204 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %207 = stablehlo.divide %204, %206 : tensor<2x2x2x32xf32>
    %208 = stablehlo.dot_general %207, %192, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %209 = stablehlo.reshape %208 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %210 = stablehlo.dot_general %209, %arg17, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %211 = stablehlo.multiply %210, %210 : tensor<2x64xf32>
    %212 = stablehlo.reduce(%211 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %213 = stablehlo.divide %212, %30 : tensor<2xf32>
    %214 = stablehlo.add %213, %32 : tensor<2xf32>
    %215 = stablehlo.rsqrt %214 : tensor<2xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %217 = stablehlo.multiply %210, %216 : tensor<2x64xf32>
    %218 = stablehlo.add %37, %arg18 : tensor<64xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %220 = stablehlo.multiply %217, %219 : tensor<2x64xf32>
    %221 = stablehlo.add %146, %220 : tensor<2x64xf32>
    %222 = stablehlo.multiply %221, %221 : tensor<2x64xf32>
    %223 = stablehlo.reduce(%222 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %224 = stablehlo.divide %223, %30 : tensor<2xf32>
    %225 = stablehlo.add %224, %32 : tensor<2xf32>
    %226 = stablehlo.rsqrt %225 : tensor<2xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %228 = stablehlo.multiply %221, %227 : tensor<2x64xf32>
    %229 = stablehlo.add %37, %arg19 : tensor<64xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %231 = stablehlo.multiply %228, %230 : tensor<2x64xf32>
    %232 = stablehlo.dot_general %231, %arg20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %233 = stablehlo.dot_general %231, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %234 = stablehlo.multiply %232, %232 : tensor<2x128xf32>
    %235 = stablehlo.multiply %234, %232 : tensor<2x128xf32>
    %236 = stablehlo.multiply %123, %235 : tensor<2x128xf32>
    %237 = stablehlo.add %232, %236 : tensor<2x128xf32>
    %238 = stablehlo.multiply %126, %237 : tensor<2x128xf32>
    %239 = stablehlo.tanh %238 : tensor<2x128xf32>
    %240 = stablehlo.add %129, %239 : tensor<2x128xf32>
    %241 = stablehlo.multiply %131, %232 : tensor<2x128xf32>
    %242 = stablehlo.multiply %241, %240 : tensor<2x128xf32>
    %243 = stablehlo.multiply %242, %233 : tensor<2x128xf32>
    %244 = stablehlo.dot_general %243, %arg22, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %245 = stablehlo.multiply %244, %244 : tensor<2x64xf32>
    %246 = stablehlo.reduce(%245 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %247 = stablehlo.divide %246, %30 : tensor<2xf32>
    %248 = stablehlo.add %247, %32 : tensor<2xf32>
    %249 = stablehlo.rsqrt %248 : tensor<2xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %251 = stablehlo.multiply %244, %250 : tensor<2x64xf32>
    %252 = stablehlo.add %37, %arg23 : tensor<64xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %254 = stablehlo.multiply %251, %253 : tensor<2x64xf32>
    %255 = stablehlo.add %221, %254 : tensor<2x64xf32> loc("layers.1.out")
    %256 = stablehlo.multiply %255, %255 : tensor<2x64xf32>
    %257 = stablehlo.reduce(%256 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %258 = stablehlo.divide %257, %30 : tensor<2xf32>
    %259 = stablehlo.add %258, %32 : tensor<2xf32>
    %260 = stablehlo.rsqrt %259 : tensor<2xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %262 = stablehlo.multiply %255, %261 : tensor<2x64xf32>
    %263 = stablehlo.add %37, %arg24 : tensor<64xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %265 = stablehlo.multiply %262, %264 : tensor<2x64xf32> loc("layers.2.attn_norm")
    %266 = stablehlo.dot_general %265, %arg25, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %267 = stablehlo.reshape %266 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %268 = stablehlo.dot_general %265, %arg26, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %269 = stablehlo.reshape %268 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %270 = stablehlo.dot_general %265, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %271 = stablehlo.reshape %270 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %272 = stablehlo.slice %267 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %273 = stablehlo.slice %267 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %274 = stablehlo.negate %273 : tensor<2x4x8xf32>
    %275 = stablehlo.concatenate %274, %272, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %276 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %277 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %278 = stablehlo.multiply %275, %277 : tensor<2x4x16xf32>
    %279 = stablehlo.multiply %267, %276 : tensor<2x4x16xf32>
    %280 = stablehlo.add %279, %278 : tensor<2x4x16xf32> loc("layers.2.q")
    %281 = stablehlo.slice %269 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %282 = stablehlo.slice %269 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %283 = stablehlo.negate %282 : tensor<2x2x8xf32>
    %284 = stablehlo.concatenate %283, %281, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %285 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %286 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %287 = stablehlo.multiply %284, %286 : tensor<2x2x16xf32>
    %288 = stablehlo.multiply %269, %285 : tensor<2x2x16xf32>
    %289 = stablehlo.add %288, %287 : tensor<2x2x16xf32> loc("layers.2.k")
    %290 = stablehlo.slice %289 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %291 = stablehlo.reshape %290 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %292 = stablehlo.dynamic_update_slice %arg41, %291, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %293 = stablehlo.slice %289 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %294 = stablehlo.reshape %293 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %295 = stablehlo.dynamic_update_slice %292, %294, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %296 = stablehlo.slice %271 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %297 = stablehlo.reshape %296 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %298 = stablehlo.dynamic_update_slice %arg42, %297, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %299 = stablehlo.slice %271 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %300 = stablehlo.reshape %299 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %301 = stablehlo.dynamic_update_slice %298, %300, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %302 = stablehlo.reshape %280 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %303 = stablehlo.dot_general %302, %295, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %304 = stablehlo.multiply %303, %79 : tensor<2x2x2x32xf32>
    %305 = stablehlo.divide %304, %81 : tensor<2x2x2x32xf32>
    %306 = stablehlo.tanh %305 : tensor<2x2x2x32xf32>
    %307 = stablehlo.multiply %306, %81 : tensor<2x2x2x32xf32>
    %308 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %309 = stablehlo.add %307, %308 : tensor<2x2x2x32xf32>
    %310 = stablehlo.reduce(%309 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %312 = stablehlo.subtract %309, %311 : tensor<2x2x2x32xf32>
    %313 = stablehlo.exponential %312 : tensor<2x2x2x32xf32>
    %314 = stablehlo.reduce(%313 init: %28) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %316 = stablehlo.divide %313, %315 : tensor<2x2x2x32xf32>
    %317 = stablehlo.dot_general %316, %301, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %318 = stablehlo.reshape %317 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %319 = stablehlo.dot_general %318, %arg28, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.2.attn_out")
    %320 = stablehlo.multiply %319, %319 : tensor<2x64xf32>
    %321 = stablehlo.reduce(%320 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %322 = stablehlo.divide %321, %30 : tensor<2xf32>
    %323 = stablehlo.add %322, %32 : tensor<2xf32>
    %324 = stablehlo.rsqrt %323 : tensor<2xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %326 = stablehlo.multiply %319, %325 : tensor<2x64xf32>
    %327 = stablehlo.add %37, %arg29 : tensor<64xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %329 = stablehlo.multiply %326, %328 : tensor<2x64xf32>
    %330 = stablehlo.add %255, %329 : tensor<2x64xf32>
    %331 = stablehlo.multiply %330, %330 : tensor<2x64xf32>
    %332 = stablehlo.reduce(%331 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %333 = stablehlo.divide %332, %30 : tensor<2xf32>
    %334 = stablehlo.add %333, %32 : tensor<2xf32>
    %335 = stablehlo.rsqrt %334 : tensor<2xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %337 = stablehlo.multiply %330, %336 : tensor<2x64xf32>
    %338 = stablehlo.add %37, %arg30 : tensor<64xf32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %340 = stablehlo.multiply %337, %339 : tensor<2x64xf32>
    %341 = stablehlo.dot_general %340, %arg31, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %342 = stablehlo.dot_general %340, %arg32, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %343 = stablehlo.multiply %341, %341 : tensor<2x128xf32>
    %344 = stablehlo.multiply %343, %341 : tensor<2x128xf32>
    %345 = stablehlo.multiply %123, %344 : tensor<2x128xf32>
    %346 = stablehlo.add %341, %345 : tensor<2x128xf32>
    %347 = stablehlo.multiply %126, %346 : tensor<2x128xf32>
    %348 = stablehlo.tanh %347 : tensor<2x128xf32>
    %349 = stablehlo.add %129, %348 : tensor<2x128xf32>
    %350 = stablehlo.multiply %131, %341 : tensor<2x128xf32>
    %351 = stablehlo.multiply %350, %349 : tensor<2x128xf32>
    %352 = stablehlo.multiply %351, %342 : tensor<2x128xf32>
    %353 = stablehlo.dot_general %352, %arg33, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %354 = stablehlo.multiply %353, %353 : tensor<2x64xf32>
    %355 = stablehlo.reduce(%354 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %356 = stablehlo.divide %355, %30 : tensor<2xf32>
    %357 = stablehlo.add %356, %32 : tensor<2xf32>
    %358 = stablehlo.rsqrt %357 : tensor<2xf32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %360 = stablehlo.multiply %353, %359 : tensor<2x64xf32>
    %361 = stablehlo.add %37, %arg34 : tensor<64xf32>
    %362 = stablehlo.broadcast_in_dim %361, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %363 = stablehlo.multiply %360, %362 : tensor<2x64xf32>
    %364 = stablehlo.add %330, %363 : tensor<2x64xf32> loc("layers.2.out")
    %365 = stablehlo.multiply %364, %364 : tensor<2x64xf32>
    %366 = stablehlo.reduce(%365 init: %28) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %367 = stablehlo.divide %366, %30 : tensor<2xf32>
    %368 = stablehlo.add %367, %32 : tensor<2xf32>
    %369 = stablehlo.rsqrt %368 : tensor<2xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %371 = stablehlo.multiply %364, %370 : tensor<2x64xf32>
    %372 = stablehlo.add %37, %arg1 : tensor<64xf32>
    %373 = stablehlo.broadcast_in_dim %372, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %374 = stablehlo.multiply %371, %373 : tensor<2x64xf32> loc("final_norm")
    %375 = stablehlo.dot_general %374, %arg0, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32>
    %376 = stablehlo.constant dense<3.0e+00> : tensor<2x256xf32>
    %377 = stablehlo.divide %375, %376 : tensor<2x256xf32>
    %378 = stablehlo.tanh %377 : tensor<2x256xf32>
    %379 = stablehlo.multiply %378, %376 : tensor<2x256xf32> loc("logits")
    return %379, %70, %76, %186, %192, %295, %301 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
