module @prefill {
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
      %arg35: tensor<8xi32> loc("tokens"),
      %arg36: tensor<i32> loc("start"),
      %arg37: tensor<i32> loc("length"),
      %arg38: tensor<i32> loc("slot"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg44: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<i32>) -> tensor<8xi32>
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
    %21 = stablehlo.reshape %arg35 : (tensor<8xi32>) -> tensor<8x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32>
    %23 = stablehlo.constant dense<8.0e+00> : tensor<8x64xf32>
    %24 = stablehlo.multiply %22, %23 : tensor<8x64xf32> loc("embed")
    %25 = stablehlo.multiply %24, %24 : tensor<8x64xf32>
    %26 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %27 = stablehlo.reduce(%25 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %28 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %29 = stablehlo.divide %27, %28 : tensor<8xf32>
    %30 = stablehlo.constant dense<1.0e-06> : tensor<8xf32>
    %31 = stablehlo.add %29, %30 : tensor<8xf32>
    %32 = stablehlo.rsqrt %31 : tensor<8xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.multiply %24, %33 : tensor<8x64xf32>
    %35 = stablehlo.constant dense<1.0e+00> : tensor<64xf32>
    %36 = stablehlo.add %35, %arg2 : tensor<64xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.multiply %34, %37 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %39 = stablehlo.dot_general %38, %arg3, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %41 = stablehlo.dot_general %38, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %43 = stablehlo.dot_general %38, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %45 = stablehlo.slice %40 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %46 = stablehlo.slice %40 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %47 = stablehlo.negate %46 : tensor<8x4x8xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %49 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %50 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %51 = stablehlo.multiply %48, %50 : tensor<8x4x16xf32>
    %52 = stablehlo.multiply %40, %49 : tensor<8x4x16xf32>
    %53 = stablehlo.add %52, %51 : tensor<8x4x16xf32> loc("layers.0.q")
    %54 = stablehlo.slice %42 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %55 = stablehlo.slice %42 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %56 = stablehlo.negate %55 : tensor<8x2x8xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %58 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %59 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %60 = stablehlo.multiply %57, %59 : tensor<8x2x16xf32>
    %61 = stablehlo.multiply %42, %58 : tensor<8x2x16xf32>
    %62 = stablehlo.add %61, %60 : tensor<8x2x16xf32> loc("layers.0.k")
    %63 = stablehlo.reshape %62 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %64 = stablehlo.dynamic_update_slice %arg39, %63, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %65 = stablehlo.reshape %44 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %66 = stablehlo.dynamic_update_slice %arg40, %65, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %67 = stablehlo.reshape %53 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %68 = stablehlo.dynamic_slice %64, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %70 = stablehlo.dynamic_slice %66, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %72 = stablehlo.dot_general %67, %69, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %73 = stablehlo.constant dense<2.0412415e-01> : tensor<2x8x2x32xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<2x8x2x32xf32>
    %75 = stablehlo.constant dense<2.0e+00> : tensor<2x8x2x32xf32>
    %76 = stablehlo.divide %74, %75 : tensor<2x8x2x32xf32>
    %77 = stablehlo.tanh %76 : tensor<2x8x2x32xf32>
    %78 = stablehlo.multiply %77, %75 : tensor<2x8x2x32xf32>
    %79 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %80 = stablehlo.add %78, %79 : tensor<2x8x2x32xf32>
    %81 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %84 = stablehlo.subtract %80, %83 : tensor<2x8x2x32xf32>
    %85 = stablehlo.exponential %84 : tensor<2x8x2x32xf32>
    %86 = stablehlo.reduce(%85 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %88 = stablehlo.divide %85, %87 : tensor<2x8x2x32xf32>
    %89 = stablehlo.dot_general %88, %71, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %90 = stablehlo.transpose %89, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %91 = stablehlo.reshape %90 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %92 = stablehlo.dot_general %91, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %93 = stablehlo.multiply %92, %92 : tensor<8x64xf32>
    %94 = stablehlo.reduce(%93 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %95 = stablehlo.divide %94, %28 : tensor<8xf32>
    %96 = stablehlo.add %95, %30 : tensor<8xf32>
    %97 = stablehlo.rsqrt %96 : tensor<8xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %99 = stablehlo.multiply %92, %98 : tensor<8x64xf32>
    %100 = stablehlo.add %35, %arg7 : tensor<64xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %102 = stablehlo.multiply %99, %101 : tensor<8x64xf32>
    %103 = stablehlo.add %24, %102 : tensor<8x64xf32>
    %104 = stablehlo.multiply %103, %103 : tensor<8x64xf32>
    %105 = stablehlo.reduce(%104 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %106 = stablehlo.divide %105, %28 : tensor<8xf32>
    %107 = stablehlo.add %106, %30 : tensor<8xf32>
    %108 = stablehlo.rsqrt %107 : tensor<8xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %110 = stablehlo.multiply %103, %109 : tensor<8x64xf32>
    %111 = stablehlo.add %35, %arg8 : tensor<64xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<8x64xf32>
    %114 = stablehlo.dot_general %113, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %115 = stablehlo.dot_general %113, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %116 = stablehlo.multiply %114, %114 : tensor<8x128xf32>
    %117 = stablehlo.multiply %116, %114 : tensor<8x128xf32>
    %118 = stablehlo.constant dense<4.4715e-02> : tensor<8x128xf32>
    %119 = stablehlo.multiply %118, %117 : tensor<8x128xf32>
    %120 = stablehlo.add %114, %119 : tensor<8x128xf32>
    %121 = stablehlo.constant dense<7.978846e-01> : tensor<8x128xf32>
    %122 = stablehlo.multiply %121, %120 : tensor<8x128xf32>
    %123 = stablehlo.tanh %122 : tensor<8x128xf32>
    %124 = stablehlo.constant dense<1.0e+00> : tensor<8x128xf32>
    %125 = stablehlo.add %124, %123 : tensor<8x128xf32>
    %126 = stablehlo.constant dense<5.0e-01> : tensor<8x128xf32>
    %127 = stablehlo.multiply %126, %114 : tensor<8x128xf32>
    %128 = stablehlo.multiply %127, %125 : tensor<8x128xf32>
    %129 = stablehlo.multiply %128, %115 : tensor<8x128xf32>
    %130 = stablehlo.dot_general %129, %arg11, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %131 = stablehlo.multiply %130, %130 : tensor<8x64xf32>
    %132 = stablehlo.reduce(%131 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %133 = stablehlo.divide %132, %28 : tensor<8xf32>
    %134 = stablehlo.add %133, %30 : tensor<8xf32>
    %135 = stablehlo.rsqrt %134 : tensor<8xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %137 = stablehlo.multiply %130, %136 : tensor<8x64xf32>
    %138 = stablehlo.add %35, %arg12 : tensor<64xf32>
    %139 = stablehlo.broadcast_in_dim %138, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<8x64xf32>
    %141 = stablehlo.add %103, %140 : tensor<8x64xf32> loc("layers.0.out")
    %142 = stablehlo.multiply %141, %141 : tensor<8x64xf32>
    %143 = stablehlo.reduce(%142 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %144 = stablehlo.divide %143, %28 : tensor<8xf32>
    %145 = stablehlo.add %144, %30 : tensor<8xf32>
    %146 = stablehlo.rsqrt %145 : tensor<8xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %148 = stablehlo.multiply %141, %147 : tensor<8x64xf32>
    %149 = stablehlo.add %35, %arg13 : tensor<64xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %152 = stablehlo.dot_general %151, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %153 = stablehlo.reshape %152 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %154 = stablehlo.dot_general %151, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %155 = stablehlo.reshape %154 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %156 = stablehlo.dot_general %151, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %157 = stablehlo.reshape %156 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %158 = stablehlo.slice %153 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %159 = stablehlo.slice %153 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %160 = stablehlo.negate %159 : tensor<8x4x8xf32>
    %161 = stablehlo.concatenate %160, %158, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %162 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %163 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %164 = stablehlo.multiply %161, %163 : tensor<8x4x16xf32>
    %165 = stablehlo.multiply %153, %162 : tensor<8x4x16xf32>
    %166 = stablehlo.add %165, %164 : tensor<8x4x16xf32> loc("layers.1.q")
    %167 = stablehlo.slice %155 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %168 = stablehlo.slice %155 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %169 = stablehlo.negate %168 : tensor<8x2x8xf32>
    %170 = stablehlo.concatenate %169, %167, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %171 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %172 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %173 = stablehlo.multiply %170, %172 : tensor<8x2x16xf32>
    %174 = stablehlo.multiply %155, %171 : tensor<8x2x16xf32>
    %175 = stablehlo.add %174, %173 : tensor<8x2x16xf32> loc("layers.1.k")
    %176 = stablehlo.reshape %175 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %177 = stablehlo.dynamic_update_slice %arg41, %176, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %178 = stablehlo.reshape %157 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %179 = stablehlo.dynamic_update_slice %arg42, %178, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %180 = stablehlo.reshape %166 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %181 = stablehlo.dynamic_slice %177, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %183 = stablehlo.dynamic_slice %179, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %185 = stablehlo.dot_general %180, %182, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %186 = stablehlo.multiply %185, %73 : tensor<2x8x2x32xf32>
    %187 = stablehlo.divide %186, %75 : tensor<2x8x2x32xf32>
    %188 = stablehlo.tanh %187 : tensor<2x8x2x32xf32>
    %189 = stablehlo.multiply %188, %75 : tensor<2x8x2x32xf32>
    %190 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %191 = stablehlo.add %189, %190 : tensor<2x8x2x32xf32>
    %192 = stablehlo.reduce(%191 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %194 = stablehlo.subtract %191, %193 : tensor<2x8x2x32xf32>
    %195 = stablehlo.exponential %194 : tensor<2x8x2x32xf32>
    %196 = stablehlo.reduce(%195 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %198 = stablehlo.divide %195, %197 : tensor<2x8x2x32xf32>
    %199 = stablehlo.dot_general %198, %184, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %200 = stablehlo.transpose %199, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %201 = stablehlo.reshape %200 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %202 = stablehlo.dot_general %201, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %203 = stablehlo.multiply %202, %202 : tensor<8x64xf32>
    %204 = stablehlo.reduce(%203 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %205 = stablehlo.divide %204, %28 : tensor<8xf32>
    %206 = stablehlo.add %205, %30 : tensor<8xf32>
    %207 = stablehlo.rsqrt %206 : tensor<8xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %209 = stablehlo.multiply %202, %208 : tensor<8x64xf32>
    %210 = stablehlo.add %35, %arg18 : tensor<64xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %212 = stablehlo.multiply %209, %211 : tensor<8x64xf32>
    %213 = stablehlo.add %141, %212 : tensor<8x64xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<8x64xf32>
    %215 = stablehlo.reduce(%214 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %216 = stablehlo.divide %215, %28 : tensor<8xf32>
    %217 = stablehlo.add %216, %30 : tensor<8xf32>
    %218 = stablehlo.rsqrt %217 : tensor<8xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %220 = stablehlo.multiply %213, %219 : tensor<8x64xf32>
    %221 = stablehlo.add %35, %arg19 : tensor<64xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %223 = stablehlo.multiply %220, %222 : tensor<8x64xf32>
    %224 = stablehlo.dot_general %223, %arg20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %225 = stablehlo.dot_general %223, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %226 = stablehlo.multiply %224, %224 : tensor<8x128xf32>
    %227 = stablehlo.multiply %226, %224 : tensor<8x128xf32>
    %228 = stablehlo.multiply %118, %227 : tensor<8x128xf32>
    %229 = stablehlo.add %224, %228 : tensor<8x128xf32>
    %230 = stablehlo.multiply %121, %229 : tensor<8x128xf32>
    %231 = stablehlo.tanh %230 : tensor<8x128xf32>
    %232 = stablehlo.add %124, %231 : tensor<8x128xf32>
    %233 = stablehlo.multiply %126, %224 : tensor<8x128xf32>
    %234 = stablehlo.multiply %233, %232 : tensor<8x128xf32>
    %235 = stablehlo.multiply %234, %225 : tensor<8x128xf32>
    %236 = stablehlo.dot_general %235, %arg22, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %237 = stablehlo.multiply %236, %236 : tensor<8x64xf32>
    %238 = stablehlo.reduce(%237 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %239 = stablehlo.divide %238, %28 : tensor<8xf32>
    %240 = stablehlo.add %239, %30 : tensor<8xf32>
    %241 = stablehlo.rsqrt %240 : tensor<8xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %243 = stablehlo.multiply %236, %242 : tensor<8x64xf32>
    %244 = stablehlo.add %35, %arg23 : tensor<64xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %246 = stablehlo.multiply %243, %245 : tensor<8x64xf32>
    %247 = stablehlo.add %213, %246 : tensor<8x64xf32> loc("layers.1.out")
    %248 = stablehlo.multiply %247, %247 : tensor<8x64xf32>
    %249 = stablehlo.reduce(%248 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %250 = stablehlo.divide %249, %28 : tensor<8xf32>
    %251 = stablehlo.add %250, %30 : tensor<8xf32>
    %252 = stablehlo.rsqrt %251 : tensor<8xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %254 = stablehlo.multiply %247, %253 : tensor<8x64xf32>
    %255 = stablehlo.add %35, %arg24 : tensor<64xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %257 = stablehlo.multiply %254, %256 : tensor<8x64xf32> loc("layers.2.attn_norm")
    %258 = stablehlo.dot_general %257, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %259 = stablehlo.reshape %258 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %260 = stablehlo.dot_general %257, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %261 = stablehlo.reshape %260 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %262 = stablehlo.dot_general %257, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %263 = stablehlo.reshape %262 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %264 = stablehlo.slice %259 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %265 = stablehlo.slice %259 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %266 = stablehlo.negate %265 : tensor<8x4x8xf32>
    %267 = stablehlo.concatenate %266, %264, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %268 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %269 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %270 = stablehlo.multiply %267, %269 : tensor<8x4x16xf32>
    %271 = stablehlo.multiply %259, %268 : tensor<8x4x16xf32>
    %272 = stablehlo.add %271, %270 : tensor<8x4x16xf32> loc("layers.2.q")
    %273 = stablehlo.slice %261 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %274 = stablehlo.slice %261 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %275 = stablehlo.negate %274 : tensor<8x2x8xf32>
    %276 = stablehlo.concatenate %275, %273, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %277 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %278 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %279 = stablehlo.multiply %276, %278 : tensor<8x2x16xf32>
    %280 = stablehlo.multiply %261, %277 : tensor<8x2x16xf32>
    %281 = stablehlo.add %280, %279 : tensor<8x2x16xf32> loc("layers.2.k")
    %282 = stablehlo.reshape %281 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %283 = stablehlo.dynamic_update_slice %arg43, %282, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %284 = stablehlo.reshape %263 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %285 = stablehlo.dynamic_update_slice %arg44, %284, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %286 = stablehlo.reshape %272 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %287 = stablehlo.dynamic_slice %283, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %288 = stablehlo.reshape %287 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %289 = stablehlo.dynamic_slice %285, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %290 = stablehlo.reshape %289 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %291 = stablehlo.dot_general %286, %288, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %292 = stablehlo.multiply %291, %73 : tensor<2x8x2x32xf32>
    %293 = stablehlo.divide %292, %75 : tensor<2x8x2x32xf32>
    %294 = stablehlo.tanh %293 : tensor<2x8x2x32xf32>
    %295 = stablehlo.multiply %294, %75 : tensor<2x8x2x32xf32>
    %296 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %297 = stablehlo.add %295, %296 : tensor<2x8x2x32xf32>
    %298 = stablehlo.reduce(%297 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %300 = stablehlo.subtract %297, %299 : tensor<2x8x2x32xf32>
    %301 = stablehlo.exponential %300 : tensor<2x8x2x32xf32>
    %302 = stablehlo.reduce(%301 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %304 = stablehlo.divide %301, %303 : tensor<2x8x2x32xf32>
    %305 = stablehlo.dot_general %304, %290, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %306 = stablehlo.transpose %305, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %307 = stablehlo.reshape %306 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %308 = stablehlo.dot_general %307, %arg28, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.2.attn_out")
    %309 = stablehlo.multiply %308, %308 : tensor<8x64xf32>
    %310 = stablehlo.reduce(%309 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %311 = stablehlo.divide %310, %28 : tensor<8xf32>
    %312 = stablehlo.add %311, %30 : tensor<8xf32>
    %313 = stablehlo.rsqrt %312 : tensor<8xf32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %315 = stablehlo.multiply %308, %314 : tensor<8x64xf32>
    %316 = stablehlo.add %35, %arg29 : tensor<64xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %318 = stablehlo.multiply %315, %317 : tensor<8x64xf32>
    %319 = stablehlo.add %247, %318 : tensor<8x64xf32>
    %320 = stablehlo.multiply %319, %319 : tensor<8x64xf32>
    %321 = stablehlo.reduce(%320 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %322 = stablehlo.divide %321, %28 : tensor<8xf32>
    %323 = stablehlo.add %322, %30 : tensor<8xf32>
    %324 = stablehlo.rsqrt %323 : tensor<8xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %326 = stablehlo.multiply %319, %325 : tensor<8x64xf32>
    %327 = stablehlo.add %35, %arg30 : tensor<64xf32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %329 = stablehlo.multiply %326, %328 : tensor<8x64xf32>
    %330 = stablehlo.dot_general %329, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %331 = stablehlo.dot_general %329, %arg32, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %332 = stablehlo.multiply %330, %330 : tensor<8x128xf32>
    %333 = stablehlo.multiply %332, %330 : tensor<8x128xf32>
    %334 = stablehlo.multiply %118, %333 : tensor<8x128xf32>
    %335 = stablehlo.add %330, %334 : tensor<8x128xf32>
    %336 = stablehlo.multiply %121, %335 : tensor<8x128xf32>
    %337 = stablehlo.tanh %336 : tensor<8x128xf32>
    %338 = stablehlo.add %124, %337 : tensor<8x128xf32>
    %339 = stablehlo.multiply %126, %330 : tensor<8x128xf32>
    %340 = stablehlo.multiply %339, %338 : tensor<8x128xf32>
    %341 = stablehlo.multiply %340, %331 : tensor<8x128xf32>
    %342 = stablehlo.dot_general %341, %arg33, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %343 = stablehlo.multiply %342, %342 : tensor<8x64xf32>
    %344 = stablehlo.reduce(%343 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %345 = stablehlo.divide %344, %28 : tensor<8xf32>
    %346 = stablehlo.add %345, %30 : tensor<8xf32>
    %347 = stablehlo.rsqrt %346 : tensor<8xf32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %349 = stablehlo.multiply %342, %348 : tensor<8x64xf32>
    %350 = stablehlo.add %35, %arg34 : tensor<64xf32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %352 = stablehlo.multiply %349, %351 : tensor<8x64xf32>
    %353 = stablehlo.add %319, %352 : tensor<8x64xf32> loc("layers.2.out")
    %354 = stablehlo.constant dense<1> : tensor<i32>
    %355 = stablehlo.subtract %arg37, %354 : tensor<i32>
    %356 = stablehlo.dynamic_slice %353, %355, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %357 = stablehlo.multiply %356, %356 : tensor<1x64xf32>
    %358 = stablehlo.reduce(%357 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %359 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %360 = stablehlo.divide %358, %359 : tensor<1xf32>
    %361 = stablehlo.constant dense<1.0e-06> : tensor<1xf32>
    %362 = stablehlo.add %360, %361 : tensor<1xf32>
    %363 = stablehlo.rsqrt %362 : tensor<1xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %365 = stablehlo.multiply %356, %364 : tensor<1x64xf32>
    %366 = stablehlo.add %35, %arg1 : tensor<64xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %368 = stablehlo.multiply %365, %367 : tensor<1x64xf32> loc("final_norm")
    %369 = stablehlo.dot_general %368, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %370 = stablehlo.constant dense<3.0e+00> : tensor<1x256xf32>
    %371 = stablehlo.divide %369, %370 : tensor<1x256xf32>
    %372 = stablehlo.tanh %371 : tensor<1x256xf32>
    %373 = stablehlo.multiply %372, %370 : tensor<1x256xf32>
    %374 = stablehlo.reshape %373 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %374, %64, %66, %177, %179, %283, %285 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
