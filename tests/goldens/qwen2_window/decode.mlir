module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg3: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<64xf32> loc("model.layers.0.self_attn.q_proj.bias"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg6: tensor<32xf32> loc("model.layers.0.self_attn.k_proj.bias"),
      %arg7: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg8: tensor<32xf32> loc("model.layers.0.self_attn.v_proj.bias"),
      %arg9: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg10: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg11: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg12: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg13: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg14: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg15: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg16: tensor<64xf32> loc("model.layers.1.self_attn.q_proj.bias"),
      %arg17: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg18: tensor<32xf32> loc("model.layers.1.self_attn.k_proj.bias"),
      %arg19: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg20: tensor<32xf32> loc("model.layers.1.self_attn.v_proj.bias"),
      %arg21: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg22: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg23: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg24: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg25: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg26: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg27: tensor<64x64xf32> loc("model.layers.2.self_attn.q_proj.weight"),
      %arg28: tensor<64xf32> loc("model.layers.2.self_attn.q_proj.bias"),
      %arg29: tensor<32x64xf32> loc("model.layers.2.self_attn.k_proj.weight"),
      %arg30: tensor<32xf32> loc("model.layers.2.self_attn.k_proj.bias"),
      %arg31: tensor<32x64xf32> loc("model.layers.2.self_attn.v_proj.weight"),
      %arg32: tensor<32xf32> loc("model.layers.2.self_attn.v_proj.bias"),
      %arg33: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg34: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg35: tensor<128x64xf32> loc("model.layers.2.mlp.gate_proj.weight"),
      %arg36: tensor<128x64xf32> loc("model.layers.2.mlp.up_proj.weight"),
      %arg37: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg38: tensor<2xi32> loc("tokens"),
      %arg39: tensor<2xi32> loc("pos"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg44: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg45: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg39 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg39 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg39 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg39 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg39, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.subtract %13, %12 : tensor<2x32xi32>
    %19 = stablehlo.constant dense<8> : tensor<2x32xi32>
    %20 = stablehlo.compare  LT, %18, %19,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %21 = stablehlo.and %14, %20 : tensor<2x32xi1>
    %22 = stablehlo.select %21, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %23 = stablehlo.reshape %arg38 : (tensor<2xi32>) -> tensor<2x1xi32>
    %24 = "stablehlo.gather"(%arg0, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %25 = stablehlo.multiply %24, %24 : tensor<2x64xf32>
    %26 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %28 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %29 = stablehlo.divide %27, %28 : tensor<2xf32>
    %30 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %31 = stablehlo.add %29, %30 : tensor<2xf32>
    %32 = stablehlo.rsqrt %31 : tensor<2xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %34 = stablehlo.multiply %24, %33 : tensor<2x64xf32>
    %35 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %36 = stablehlo.multiply %35, %34 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %37 = stablehlo.dot_general %36, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %38 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %39 = stablehlo.add %37, %38 : tensor<2x64xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %41 = stablehlo.dot_general %36, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %42 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %43 = stablehlo.add %41, %42 : tensor<2x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %45 = stablehlo.dot_general %36, %arg7, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %46 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %47 = stablehlo.add %45, %46 : tensor<2x32xf32>
    %48 = stablehlo.reshape %47 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %49 = stablehlo.slice %40 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %50 = stablehlo.slice %40 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %51 = stablehlo.negate %50 : tensor<2x4x8xf32>
    %52 = stablehlo.concatenate %51, %49, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %53 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %54 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %55 = stablehlo.multiply %52, %54 : tensor<2x4x16xf32>
    %56 = stablehlo.multiply %40, %53 : tensor<2x4x16xf32>
    %57 = stablehlo.add %56, %55 : tensor<2x4x16xf32> loc("layers.0.q")
    %58 = stablehlo.slice %44 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %59 = stablehlo.slice %44 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %60 = stablehlo.negate %59 : tensor<2x2x8xf32>
    %61 = stablehlo.concatenate %60, %58, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %62 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %63 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %64 = stablehlo.multiply %61, %63 : tensor<2x2x16xf32>
    %65 = stablehlo.multiply %44, %62 : tensor<2x2x16xf32>
    %66 = stablehlo.add %65, %64 : tensor<2x2x16xf32> loc("layers.0.k")
    %67 = stablehlo.slice %66 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %69 = stablehlo.dynamic_update_slice %arg40, %68, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %70 = stablehlo.slice %66 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %72 = stablehlo.dynamic_update_slice %69, %71, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %73 = stablehlo.slice %48 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %75 = stablehlo.dynamic_update_slice %arg41, %74, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %76 = stablehlo.slice %48 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %78 = stablehlo.dynamic_update_slice %75, %77, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %79 = stablehlo.reshape %57 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %80 = stablehlo.dot_general %79, %72, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %81 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<2x2x2x32xf32>
    %83 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %84 = stablehlo.add %82, %83 : tensor<2x2x2x32xf32>
    %85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.reduce(%84 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %88 = stablehlo.subtract %84, %87 : tensor<2x2x2x32xf32>
    %89 = stablehlo.exponential %88 : tensor<2x2x2x32xf32>
    %90 = stablehlo.reduce(%89 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %92 = stablehlo.divide %89, %91 : tensor<2x2x2x32xf32>
    %93 = stablehlo.dot_general %92, %78, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %94 = stablehlo.reshape %93 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %95 = stablehlo.dot_general %94, %arg9, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %96 = stablehlo.add %24, %95 : tensor<2x64xf32>
    %97 = stablehlo.multiply %96, %96 : tensor<2x64xf32>
    %98 = stablehlo.reduce(%97 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %99 = stablehlo.divide %98, %28 : tensor<2xf32>
    %100 = stablehlo.add %99, %30 : tensor<2xf32>
    %101 = stablehlo.rsqrt %100 : tensor<2xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<2x64xf32>
    %104 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %105 = stablehlo.multiply %104, %103 : tensor<2x64xf32>
    %106 = stablehlo.dot_general %105, %arg11, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %107 = stablehlo.dot_general %105, %arg12, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %108 = stablehlo.logistic %106 : tensor<2x128xf32>
    %109 = stablehlo.multiply %106, %108 : tensor<2x128xf32>
    %110 = stablehlo.multiply %109, %107 : tensor<2x128xf32>
    %111 = stablehlo.dot_general %110, %arg13, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %112 = stablehlo.add %96, %111 : tensor<2x64xf32> loc("layers.0.out")
    %113 = stablehlo.multiply %112, %112 : tensor<2x64xf32>
    %114 = stablehlo.reduce(%113 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %115 = stablehlo.divide %114, %28 : tensor<2xf32>
    %116 = stablehlo.add %115, %30 : tensor<2xf32>
    %117 = stablehlo.rsqrt %116 : tensor<2xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %119 = stablehlo.multiply %112, %118 : tensor<2x64xf32>
    %120 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %121 = stablehlo.multiply %120, %119 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %122 = stablehlo.dot_general %121, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %123 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %124 = stablehlo.add %122, %123 : tensor<2x64xf32>
    %125 = stablehlo.reshape %124 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %126 = stablehlo.dot_general %121, %arg17, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %127 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %128 = stablehlo.add %126, %127 : tensor<2x32xf32>
    %129 = stablehlo.reshape %128 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %130 = stablehlo.dot_general %121, %arg19, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %131 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %132 = stablehlo.add %130, %131 : tensor<2x32xf32>
    %133 = stablehlo.reshape %132 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %134 = stablehlo.slice %125 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %135 = stablehlo.slice %125 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %136 = stablehlo.negate %135 : tensor<2x4x8xf32>
    %137 = stablehlo.concatenate %136, %134, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %138 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %139 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<2x4x16xf32>
    %141 = stablehlo.multiply %125, %138 : tensor<2x4x16xf32>
    %142 = stablehlo.add %141, %140 : tensor<2x4x16xf32> loc("layers.1.q")
    %143 = stablehlo.slice %129 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %144 = stablehlo.slice %129 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %145 = stablehlo.negate %144 : tensor<2x2x8xf32>
    %146 = stablehlo.concatenate %145, %143, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %147 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %148 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %149 = stablehlo.multiply %146, %148 : tensor<2x2x16xf32>
    %150 = stablehlo.multiply %129, %147 : tensor<2x2x16xf32>
    %151 = stablehlo.add %150, %149 : tensor<2x2x16xf32> loc("layers.1.k")
    %152 = stablehlo.slice %151 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %154 = stablehlo.dynamic_update_slice %arg42, %153, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %155 = stablehlo.slice %151 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %156 = stablehlo.reshape %155 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %157 = stablehlo.dynamic_update_slice %154, %156, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %158 = stablehlo.slice %133 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %160 = stablehlo.dynamic_update_slice %arg43, %159, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %161 = stablehlo.slice %133 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %162 = stablehlo.reshape %161 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %163 = stablehlo.dynamic_update_slice %160, %162, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %164 = stablehlo.reshape %142 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %165 = stablehlo.dot_general %164, %157, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %166 = stablehlo.multiply %165, %81 : tensor<2x2x2x32xf32>
    %167 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %168 = stablehlo.add %166, %167 : tensor<2x2x2x32xf32>
    %169 = stablehlo.reduce(%168 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %171 = stablehlo.subtract %168, %170 : tensor<2x2x2x32xf32>
    %172 = stablehlo.exponential %171 : tensor<2x2x2x32xf32>
    %173 = stablehlo.reduce(%172 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %175 = stablehlo.divide %172, %174 : tensor<2x2x2x32xf32>
    %176 = stablehlo.dot_general %175, %163, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %177 = stablehlo.reshape %176 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %178 = stablehlo.dot_general %177, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %179 = stablehlo.add %112, %178 : tensor<2x64xf32>
    %180 = stablehlo.multiply %179, %179 : tensor<2x64xf32>
    %181 = stablehlo.reduce(%180 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %182 = stablehlo.divide %181, %28 : tensor<2xf32>
    %183 = stablehlo.add %182, %30 : tensor<2xf32>
    %184 = stablehlo.rsqrt %183 : tensor<2xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %186 = stablehlo.multiply %179, %185 : tensor<2x64xf32>
    %187 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %188 = stablehlo.multiply %187, %186 : tensor<2x64xf32>
    %189 = stablehlo.dot_general %188, %arg23, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %190 = stablehlo.dot_general %188, %arg24, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %191 = stablehlo.logistic %189 : tensor<2x128xf32>
    %192 = stablehlo.multiply %189, %191 : tensor<2x128xf32>
    %193 = stablehlo.multiply %192, %190 : tensor<2x128xf32>
    %194 = stablehlo.dot_general %193, %arg25, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %195 = stablehlo.add %179, %194 : tensor<2x64xf32> loc("layers.1.out")
    %196 = stablehlo.multiply %195, %195 : tensor<2x64xf32>
    %197 = stablehlo.reduce(%196 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %198 = stablehlo.divide %197, %28 : tensor<2xf32>
    %199 = stablehlo.add %198, %30 : tensor<2xf32>
    %200 = stablehlo.rsqrt %199 : tensor<2xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %202 = stablehlo.multiply %195, %201 : tensor<2x64xf32>
    %203 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %204 = stablehlo.multiply %203, %202 : tensor<2x64xf32> loc("layers.2.attn_norm")
    %205 = stablehlo.dot_general %204, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %206 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %207 = stablehlo.add %205, %206 : tensor<2x64xf32>
    %208 = stablehlo.reshape %207 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %209 = stablehlo.dot_general %204, %arg29, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %210 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %211 = stablehlo.add %209, %210 : tensor<2x32xf32>
    %212 = stablehlo.reshape %211 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %213 = stablehlo.dot_general %204, %arg31, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %214 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %215 = stablehlo.add %213, %214 : tensor<2x32xf32>
    %216 = stablehlo.reshape %215 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %217 = stablehlo.slice %208 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %218 = stablehlo.slice %208 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %219 = stablehlo.negate %218 : tensor<2x4x8xf32>
    %220 = stablehlo.concatenate %219, %217, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %221 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %222 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<2x4x16xf32>
    %224 = stablehlo.multiply %208, %221 : tensor<2x4x16xf32>
    %225 = stablehlo.add %224, %223 : tensor<2x4x16xf32> loc("layers.2.q")
    %226 = stablehlo.slice %212 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %227 = stablehlo.slice %212 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %228 = stablehlo.negate %227 : tensor<2x2x8xf32>
    %229 = stablehlo.concatenate %228, %226, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %230 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %231 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %232 = stablehlo.multiply %229, %231 : tensor<2x2x16xf32>
    %233 = stablehlo.multiply %212, %230 : tensor<2x2x16xf32>
    %234 = stablehlo.add %233, %232 : tensor<2x2x16xf32> loc("layers.2.k")
    %235 = stablehlo.slice %234 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %236 = stablehlo.reshape %235 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %237 = stablehlo.dynamic_update_slice %arg44, %236, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %238 = stablehlo.slice %234 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %239 = stablehlo.reshape %238 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %240 = stablehlo.dynamic_update_slice %237, %239, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %241 = stablehlo.slice %216 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %242 = stablehlo.reshape %241 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %243 = stablehlo.dynamic_update_slice %arg45, %242, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %244 = stablehlo.slice %216 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %246 = stablehlo.dynamic_update_slice %243, %245, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %247 = stablehlo.reshape %225 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %248 = stablehlo.dot_general %247, %240, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %249 = stablehlo.multiply %248, %81 : tensor<2x2x2x32xf32>
    %250 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %251 = stablehlo.add %249, %250 : tensor<2x2x2x32xf32>
    %252 = stablehlo.reduce(%251 init: %85) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %254 = stablehlo.subtract %251, %253 : tensor<2x2x2x32xf32>
    %255 = stablehlo.exponential %254 : tensor<2x2x2x32xf32>
    %256 = stablehlo.reduce(%255 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %258 = stablehlo.divide %255, %257 : tensor<2x2x2x32xf32>
    %259 = stablehlo.dot_general %258, %246, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %260 = stablehlo.reshape %259 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %261 = stablehlo.dot_general %260, %arg33, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.2.attn_out")
    %262 = stablehlo.add %195, %261 : tensor<2x64xf32>
    %263 = stablehlo.multiply %262, %262 : tensor<2x64xf32>
    %264 = stablehlo.reduce(%263 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %265 = stablehlo.divide %264, %28 : tensor<2xf32>
    %266 = stablehlo.add %265, %30 : tensor<2xf32>
    %267 = stablehlo.rsqrt %266 : tensor<2xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %269 = stablehlo.multiply %262, %268 : tensor<2x64xf32>
    %270 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %271 = stablehlo.multiply %270, %269 : tensor<2x64xf32>
    %272 = stablehlo.dot_general %271, %arg35, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %273 = stablehlo.dot_general %271, %arg36, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %274 = stablehlo.logistic %272 : tensor<2x128xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<2x128xf32>
    %276 = stablehlo.multiply %275, %273 : tensor<2x128xf32>
    %277 = stablehlo.dot_general %276, %arg37, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %278 = stablehlo.add %262, %277 : tensor<2x64xf32> loc("layers.2.out")
    %279 = stablehlo.multiply %278, %278 : tensor<2x64xf32>
    %280 = stablehlo.reduce(%279 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %281 = stablehlo.divide %280, %28 : tensor<2xf32>
    %282 = stablehlo.add %281, %30 : tensor<2xf32>
    %283 = stablehlo.rsqrt %282 : tensor<2xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %285 = stablehlo.multiply %278, %284 : tensor<2x64xf32>
    %286 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %287 = stablehlo.multiply %286, %285 : tensor<2x64xf32> loc("final_norm")
    %288 = stablehlo.dot_general %287, %arg0, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %288, %72, %78, %157, %163, %240, %246 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
