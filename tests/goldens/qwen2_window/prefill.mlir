module @prefill {
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
      %arg38: tensor<8xi32> loc("tokens"),
      %arg39: tensor<i32> loc("start"),
      %arg40: tensor<i32> loc("length"),
      %arg41: tensor<i32> loc("slot"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg44: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg45: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg46: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg47: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg39, dims = [] : (tensor<i32>) -> tensor<8xi32>
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
    %21 = stablehlo.reshape %arg38 : (tensor<8xi32>) -> tensor<8x1xi32>
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
    %33 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.multiply %33, %32 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %35 = stablehlo.dot_general %34, %arg3, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %37 = stablehlo.add %35, %36 : tensor<8x64xf32>
    %38 = stablehlo.reshape %37 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %39 = stablehlo.dot_general %34, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %40 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %41 = stablehlo.add %39, %40 : tensor<8x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %43 = stablehlo.dot_general %34, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %44 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %45 = stablehlo.add %43, %44 : tensor<8x32xf32>
    %46 = stablehlo.reshape %45 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %47 = stablehlo.slice %38 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %48 = stablehlo.slice %38 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %49 = stablehlo.negate %48 : tensor<8x4x8xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %51 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %52 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<8x4x16xf32>
    %54 = stablehlo.multiply %38, %51 : tensor<8x4x16xf32>
    %55 = stablehlo.add %54, %53 : tensor<8x4x16xf32> loc("layers.0.q")
    %56 = stablehlo.slice %42 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %57 = stablehlo.slice %42 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %58 = stablehlo.negate %57 : tensor<8x2x8xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %60 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %61 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<8x2x16xf32>
    %63 = stablehlo.multiply %42, %60 : tensor<8x2x16xf32>
    %64 = stablehlo.add %63, %62 : tensor<8x2x16xf32> loc("layers.0.k")
    %65 = stablehlo.reshape %64 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %66 = stablehlo.dynamic_update_slice %arg42, %65, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %67 = stablehlo.reshape %46 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %68 = stablehlo.dynamic_update_slice %arg43, %67, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %69 = stablehlo.reshape %55 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %70 = stablehlo.dynamic_slice %66, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %72 = stablehlo.dynamic_slice %68, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %74 = stablehlo.dot_general %69, %71, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %75 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<2x8x2x32xf32>
    %77 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %78 = stablehlo.add %76, %77 : tensor<2x8x2x32xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<2x8x2x32xf32>
    %83 = stablehlo.exponential %82 : tensor<2x8x2x32xf32>
    %84 = stablehlo.reduce(%83 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %86 = stablehlo.divide %83, %85 : tensor<2x8x2x32xf32>
    %87 = stablehlo.dot_general %86, %73, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %88 = stablehlo.transpose %87, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %89 = stablehlo.reshape %88 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %90 = stablehlo.dot_general %89, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %91 = stablehlo.add %22, %90 : tensor<8x64xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<8x64xf32>
    %93 = stablehlo.reduce(%92 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %94 = stablehlo.divide %93, %26 : tensor<8xf32>
    %95 = stablehlo.add %94, %28 : tensor<8xf32>
    %96 = stablehlo.rsqrt %95 : tensor<8xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %98 = stablehlo.multiply %91, %97 : tensor<8x64xf32>
    %99 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %100 = stablehlo.multiply %99, %98 : tensor<8x64xf32>
    %101 = stablehlo.dot_general %100, %arg11, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %102 = stablehlo.dot_general %100, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %103 = stablehlo.logistic %101 : tensor<8x128xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<8x128xf32>
    %105 = stablehlo.multiply %104, %102 : tensor<8x128xf32>
    %106 = stablehlo.dot_general %105, %arg13, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %107 = stablehlo.add %91, %106 : tensor<8x64xf32> loc("layers.0.out")
    %108 = stablehlo.multiply %107, %107 : tensor<8x64xf32>
    %109 = stablehlo.reduce(%108 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %110 = stablehlo.divide %109, %26 : tensor<8xf32>
    %111 = stablehlo.add %110, %28 : tensor<8xf32>
    %112 = stablehlo.rsqrt %111 : tensor<8xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %114 = stablehlo.multiply %107, %113 : tensor<8x64xf32>
    %115 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %116 = stablehlo.multiply %115, %114 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %117 = stablehlo.dot_general %116, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %118 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %119 = stablehlo.add %117, %118 : tensor<8x64xf32>
    %120 = stablehlo.reshape %119 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %121 = stablehlo.dot_general %116, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %122 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %123 = stablehlo.add %121, %122 : tensor<8x32xf32>
    %124 = stablehlo.reshape %123 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %125 = stablehlo.dot_general %116, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %126 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %127 = stablehlo.add %125, %126 : tensor<8x32xf32>
    %128 = stablehlo.reshape %127 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %129 = stablehlo.slice %120 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %130 = stablehlo.slice %120 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %131 = stablehlo.negate %130 : tensor<8x4x8xf32>
    %132 = stablehlo.concatenate %131, %129, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %133 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %134 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<8x4x16xf32>
    %136 = stablehlo.multiply %120, %133 : tensor<8x4x16xf32>
    %137 = stablehlo.add %136, %135 : tensor<8x4x16xf32> loc("layers.1.q")
    %138 = stablehlo.slice %124 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %139 = stablehlo.slice %124 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %140 = stablehlo.negate %139 : tensor<8x2x8xf32>
    %141 = stablehlo.concatenate %140, %138, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %142 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %143 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<8x2x16xf32>
    %145 = stablehlo.multiply %124, %142 : tensor<8x2x16xf32>
    %146 = stablehlo.add %145, %144 : tensor<8x2x16xf32> loc("layers.1.k")
    %147 = stablehlo.reshape %146 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %148 = stablehlo.dynamic_update_slice %arg44, %147, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %149 = stablehlo.reshape %128 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %150 = stablehlo.dynamic_update_slice %arg45, %149, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %151 = stablehlo.reshape %137 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %152 = stablehlo.dynamic_slice %148, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %154 = stablehlo.dynamic_slice %150, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %156 = stablehlo.dot_general %151, %153, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %157 = stablehlo.multiply %156, %75 : tensor<2x8x2x32xf32>
    %158 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %159 = stablehlo.add %157, %158 : tensor<2x8x2x32xf32>
    %160 = stablehlo.reduce(%159 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %162 = stablehlo.subtract %159, %161 : tensor<2x8x2x32xf32>
    %163 = stablehlo.exponential %162 : tensor<2x8x2x32xf32>
    %164 = stablehlo.reduce(%163 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %166 = stablehlo.divide %163, %165 : tensor<2x8x2x32xf32>
    %167 = stablehlo.dot_general %166, %155, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %168 = stablehlo.transpose %167, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %169 = stablehlo.reshape %168 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %170 = stablehlo.dot_general %169, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %171 = stablehlo.add %107, %170 : tensor<8x64xf32>
    %172 = stablehlo.multiply %171, %171 : tensor<8x64xf32>
    %173 = stablehlo.reduce(%172 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %174 = stablehlo.divide %173, %26 : tensor<8xf32>
    %175 = stablehlo.add %174, %28 : tensor<8xf32>
    %176 = stablehlo.rsqrt %175 : tensor<8xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %178 = stablehlo.multiply %171, %177 : tensor<8x64xf32>
    %179 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %180 = stablehlo.multiply %179, %178 : tensor<8x64xf32>
    %181 = stablehlo.dot_general %180, %arg23, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %182 = stablehlo.dot_general %180, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %183 = stablehlo.logistic %181 : tensor<8x128xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<8x128xf32>
    %185 = stablehlo.multiply %184, %182 : tensor<8x128xf32>
    %186 = stablehlo.dot_general %185, %arg25, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %187 = stablehlo.add %171, %186 : tensor<8x64xf32> loc("layers.1.out")
    %188 = stablehlo.multiply %187, %187 : tensor<8x64xf32>
    %189 = stablehlo.reduce(%188 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %190 = stablehlo.divide %189, %26 : tensor<8xf32>
    %191 = stablehlo.add %190, %28 : tensor<8xf32>
    %192 = stablehlo.rsqrt %191 : tensor<8xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %194 = stablehlo.multiply %187, %193 : tensor<8x64xf32>
    %195 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %196 = stablehlo.multiply %195, %194 : tensor<8x64xf32> loc("layers.2.attn_norm")
    %197 = stablehlo.dot_general %196, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %198 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %199 = stablehlo.add %197, %198 : tensor<8x64xf32>
    %200 = stablehlo.reshape %199 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %201 = stablehlo.dot_general %196, %arg29, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %202 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %203 = stablehlo.add %201, %202 : tensor<8x32xf32>
    %204 = stablehlo.reshape %203 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %205 = stablehlo.dot_general %196, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %206 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %207 = stablehlo.add %205, %206 : tensor<8x32xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %209 = stablehlo.slice %200 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %210 = stablehlo.slice %200 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %211 = stablehlo.negate %210 : tensor<8x4x8xf32>
    %212 = stablehlo.concatenate %211, %209, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %213 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %214 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %215 = stablehlo.multiply %212, %214 : tensor<8x4x16xf32>
    %216 = stablehlo.multiply %200, %213 : tensor<8x4x16xf32>
    %217 = stablehlo.add %216, %215 : tensor<8x4x16xf32> loc("layers.2.q")
    %218 = stablehlo.slice %204 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %219 = stablehlo.slice %204 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %220 = stablehlo.negate %219 : tensor<8x2x8xf32>
    %221 = stablehlo.concatenate %220, %218, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %222 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %223 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<8x2x16xf32>
    %225 = stablehlo.multiply %204, %222 : tensor<8x2x16xf32>
    %226 = stablehlo.add %225, %224 : tensor<8x2x16xf32> loc("layers.2.k")
    %227 = stablehlo.reshape %226 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %228 = stablehlo.dynamic_update_slice %arg46, %227, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %229 = stablehlo.reshape %208 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %230 = stablehlo.dynamic_update_slice %arg47, %229, %arg41, %arg39, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %231 = stablehlo.reshape %217 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %232 = stablehlo.dynamic_slice %228, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %234 = stablehlo.dynamic_slice %230, %arg41, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %235 = stablehlo.reshape %234 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %236 = stablehlo.dot_general %231, %233, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %237 = stablehlo.multiply %236, %75 : tensor<2x8x2x32xf32>
    %238 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %239 = stablehlo.add %237, %238 : tensor<2x8x2x32xf32>
    %240 = stablehlo.reduce(%239 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %242 = stablehlo.subtract %239, %241 : tensor<2x8x2x32xf32>
    %243 = stablehlo.exponential %242 : tensor<2x8x2x32xf32>
    %244 = stablehlo.reduce(%243 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %246 = stablehlo.divide %243, %245 : tensor<2x8x2x32xf32>
    %247 = stablehlo.dot_general %246, %235, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %248 = stablehlo.transpose %247, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %249 = stablehlo.reshape %248 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %250 = stablehlo.dot_general %249, %arg33, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.2.attn_out")
    %251 = stablehlo.add %187, %250 : tensor<8x64xf32>
    %252 = stablehlo.multiply %251, %251 : tensor<8x64xf32>
    %253 = stablehlo.reduce(%252 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %254 = stablehlo.divide %253, %26 : tensor<8xf32>
    %255 = stablehlo.add %254, %28 : tensor<8xf32>
    %256 = stablehlo.rsqrt %255 : tensor<8xf32>
    %257 = stablehlo.broadcast_in_dim %256, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %258 = stablehlo.multiply %251, %257 : tensor<8x64xf32>
    %259 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %260 = stablehlo.multiply %259, %258 : tensor<8x64xf32>
    %261 = stablehlo.dot_general %260, %arg35, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %262 = stablehlo.dot_general %260, %arg36, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %263 = stablehlo.logistic %261 : tensor<8x128xf32>
    %264 = stablehlo.multiply %261, %263 : tensor<8x128xf32>
    %265 = stablehlo.multiply %264, %262 : tensor<8x128xf32>
    %266 = stablehlo.dot_general %265, %arg37, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %267 = stablehlo.add %251, %266 : tensor<8x64xf32> loc("layers.2.out")
    %268 = stablehlo.constant dense<1> : tensor<i32>
    %269 = stablehlo.subtract %arg40, %268 : tensor<i32>
    %270 = stablehlo.dynamic_slice %267, %269, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %271 = stablehlo.multiply %270, %270 : tensor<1x64xf32>
    %272 = stablehlo.reduce(%271 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %273 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %274 = stablehlo.divide %272, %273 : tensor<1xf32>
    %275 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %276 = stablehlo.add %274, %275 : tensor<1xf32>
    %277 = stablehlo.rsqrt %276 : tensor<1xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %279 = stablehlo.multiply %270, %278 : tensor<1x64xf32>
    %280 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %281 = stablehlo.multiply %280, %279 : tensor<1x64xf32> loc("final_norm")
    %282 = stablehlo.dot_general %281, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %283 = stablehlo.reshape %282 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %283, %66, %68, %148, %150, %228, %230 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
