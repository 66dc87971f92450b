module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg6: tensor<64xf32> loc("model.layers.0.self_attn.q_norm.weight"),
      %arg7: tensor<32xf32> loc("model.layers.0.self_attn.k_norm.weight"),
      %arg8: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg9: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg10: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg11: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg12: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg13: tensor<64xf32> loc("model.layers.0.post_feedforward_layernorm.weight"),
      %arg14: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg15: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg16: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg17: tensor<64xf32> loc("model.layers.1.self_attn.q_norm.weight"),
      %arg18: tensor<32xf32> loc("model.layers.1.self_attn.k_norm.weight"),
      %arg19: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg20: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg21: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg22: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg23: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg24: tensor<64xf32> loc("model.layers.1.post_feedforward_layernorm.weight"),
      %arg25: tensor<2xi32> loc("tokens"),
      %arg26: tensor<2xi32> loc("pos"),
      %arg27: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg28: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg29: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg30: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg26 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg26 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg26 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg26 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg26, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg25 : (tensor<2xi32>) -> tensor<2x1xi32>
    %19 = "stablehlo.gather"(%arg0, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %20 = stablehlo.dot_general %19, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %21 = stablehlo.multiply %20, %20 : tensor<2x64xf32>
    %22 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %23 = stablehlo.reduce(%21 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %24 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %25 = stablehlo.divide %23, %24 : tensor<2xf32>
    %26 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %27 = stablehlo.add %25, %26 : tensor<2xf32>
    %28 = stablehlo.rsqrt %27 : tensor<2xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %30 = stablehlo.multiply %20, %29 : tensor<2x64xf32>
    %31 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %32 = stablehlo.multiply %31, %30 : tensor<2x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %34 = stablehlo.dot_general %19, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %35 = stablehlo.multiply %34, %34 : tensor<2x32xf32>
    %36 = stablehlo.reduce(%35 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x32xf32>, tensor<f32>) -> tensor<2xf32>
    %37 = stablehlo.constant dense<3.2e+01> : tensor<2xf32>
    %38 = stablehlo.divide %36, %37 : tensor<2xf32>
    %39 = stablehlo.add %38, %26 : tensor<2xf32>
    %40 = stablehlo.rsqrt %39 : tensor<2xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0] : (tensor<2xf32>) -> tensor<2x32xf32>
    %42 = stablehlo.multiply %34, %41 : tensor<2x32xf32>
    %43 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %44 = stablehlo.multiply %43, %42 : tensor<2x32xf32>
    %45 = stablehlo.reshape %44 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %46 = stablehlo.dot_general %19, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %48 = stablehlo.slice %33 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %49 = stablehlo.slice %33 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %50 = stablehlo.negate %49 : tensor<2x4x8xf32>
    %51 = stablehlo.concatenate %50, %48, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %52 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %53 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %54 = stablehlo.multiply %51, %53 : tensor<2x4x16xf32>
    %55 = stablehlo.multiply %33, %52 : tensor<2x4x16xf32>
    %56 = stablehlo.add %55, %54 : tensor<2x4x16xf32> loc("layers.0.q")
    %57 = stablehlo.slice %45 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %58 = stablehlo.slice %45 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %59 = stablehlo.negate %58 : tensor<2x2x8xf32>
    %60 = stablehlo.concatenate %59, %57, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %61 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %62 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %63 = stablehlo.multiply %60, %62 : tensor<2x2x16xf32>
    %64 = stablehlo.multiply %45, %61 : tensor<2x2x16xf32>
    %65 = stablehlo.add %64, %63 : tensor<2x2x16xf32> loc("layers.0.k")
    %66 = stablehlo.slice %65 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %68 = stablehlo.dynamic_update_slice %arg27, %67, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %69 = stablehlo.slice %65 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %71 = stablehlo.dynamic_update_slice %68, %70, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %72 = stablehlo.slice %47 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %74 = stablehlo.dynamic_update_slice %arg28, %73, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %75 = stablehlo.slice %47 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %77 = stablehlo.dynamic_update_slice %74, %76, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %78 = stablehlo.reshape %56 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %79 = stablehlo.dot_general %78, %71, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %80 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %81 = stablehlo.multiply %79, %80 : tensor<2x2x2x32xf32>
    %82 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %83 = stablehlo.add %81, %82 : tensor<2x2x2x32xf32>
    %84 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %85 = stablehlo.reduce(%83 init: %84) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %87 = stablehlo.subtract %83, %86 : tensor<2x2x2x32xf32>
    %88 = stablehlo.exponential %87 : tensor<2x2x2x32xf32>
    %89 = stablehlo.reduce(%88 init: %22) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %91 = stablehlo.divide %88, %90 : tensor<2x2x2x32xf32>
    %92 = stablehlo.dot_general %91, %77, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %93 = stablehlo.reshape %92 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %94 = stablehlo.dot_general %93, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %95 = stablehlo.multiply %94, %94 : tensor<2x64xf32>
    %96 = stablehlo.reduce(%95 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %97 = stablehlo.divide %96, %24 : tensor<2xf32>
    %98 = stablehlo.add %97, %26 : tensor<2xf32>
    %99 = stablehlo.rsqrt %98 : tensor<2xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %101 = stablehlo.multiply %94, %100 : tensor<2x64xf32>
    %102 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %103 = stablehlo.multiply %102, %101 : tensor<2x64xf32>
    %104 = stablehlo.add %19, %103 : tensor<2x64xf32>
    %105 = stablehlo.dot_general %104, %arg10, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %106 = stablehlo.dot_general %104, %arg11, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %107 = stablehlo.logistic %105 : tensor<2x128xf32>
    %108 = stablehlo.multiply %105, %107 : tensor<2x128xf32>
    %109 = stablehlo.multiply %108, %106 : tensor<2x128xf32>
    %110 = stablehlo.dot_general %109, %arg12, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %111 = stablehlo.multiply %110, %110 : tensor<2x64xf32>
    %112 = stablehlo.reduce(%111 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %113 = stablehlo.divide %112, %24 : tensor<2xf32>
    %114 = stablehlo.add %113, %26 : tensor<2xf32>
    %115 = stablehlo.rsqrt %114 : tensor<2xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %117 = stablehlo.multiply %110, %116 : tensor<2x64xf32>
    %118 = stablehlo.broadcast_in_dim %arg13, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %119 = stablehlo.multiply %118, %117 : tensor<2x64xf32>
    %120 = stablehlo.add %104, %119 : tensor<2x64xf32> loc("layers.0.out")
    %121 = stablehlo.dot_general %120, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %122 = stablehlo.multiply %121, %121 : tensor<2x64xf32>
    %123 = stablehlo.reduce(%122 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %124 = stablehlo.divide %123, %24 : tensor<2xf32>
    %125 = stablehlo.add %124, %26 : tensor<2xf32>
    %126 = stablehlo.rsqrt %125 : tensor<2xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %128 = stablehlo.multiply %121, %127 : tensor<2x64xf32>
    %129 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %130 = stablehlo.multiply %129, %128 : tensor<2x64xf32>
    %131 = stablehlo.reshape %130 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %132 = stablehlo.dot_general %120, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %133 = stablehlo.multiply %132, %132 : tensor<2x32xf32>
    %134 = stablehlo.reduce(%133 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x32xf32>, tensor<f32>) -> tensor<2xf32>
    %135 = stablehlo.divide %134, %37 : tensor<2xf32>
    %136 = stablehlo.add %135, %26 : tensor<2xf32>
    %137 = stablehlo.rsqrt %136 : tensor<2xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0] : (tensor<2xf32>) -> tensor<2x32xf32>
    %139 = stablehlo.multiply %132, %138 : tensor<2x32xf32>
    %140 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<32xf32>) -> tensor<2x32xf32>
    %141 = stablehlo.multiply %140, %139 : tensor<2x32xf32>
    %142 = stablehlo.reshape %141 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %143 = stablehlo.dot_general %120, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %144 = stablehlo.reshape %143 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %145 = stablehlo.slice %131 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %146 = stablehlo.slice %131 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %147 = stablehlo.negate %146 : tensor<2x4x8xf32>
    %148 = stablehlo.concatenate %147, %145, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %149 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %150 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %151 = stablehlo.multiply %148, %150 : tensor<2x4x16xf32>
    %152 = stablehlo.multiply %131, %149 : tensor<2x4x16xf32>
    %153 = stablehlo.add %152, %151 : tensor<2x4x16xf32> loc("layers.1.q")
    %154 = stablehlo.slice %142 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %155 = stablehlo.slice %142 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %156 = stablehlo.negate %155 : tensor<2x2x8xf32>
    %157 = stablehlo.concatenate %156, %154, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %158 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %159 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %160 = stablehlo.multiply %157, %159 : tensor<2x2x16xf32>
    %161 = stablehlo.multiply %142, %158 : tensor<2x2x16xf32>
    %162 = stablehlo.add %161, %160 : tensor<2x2x16xf32> loc("layers.1.k")
    %163 = stablehlo.slice %162 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %165 = stablehlo.dynamic_update_slice %arg29, %164, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %166 = stablehlo.slice %162 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %168 = stablehlo.dynamic_update_slice %165, %167, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %169 = stablehlo.slice %144 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %171 = stablehlo.dynamic_update_slice %arg30, %170, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %172 = stablehlo.slice %144 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %174 = stablehlo.dynamic_update_slice %171, %173, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %175 = stablehlo.reshape %153 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %176 = stablehlo.dot_general %175, %168, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %177 = stablehlo.multiply %176, %80 : tensor<2x2x2x32xf32>
    %178 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %179 = stablehlo.add %177, %178 : tensor<2x2x2x32xf32>
    %180 = stablehlo.reduce(%179 init: %84) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %182 = stablehlo.subtract %179, %181 : tensor<2x2x2x32xf32>
    %183 = stablehlo.exponential %182 : tensor<2x2x2x32xf32>
    %184 = stablehlo.reduce(%183 init: %22) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %186 = stablehlo.divide %183, %185 : tensor<2x2x2x32xf32>
    %187 = stablehlo.dot_general %186, %174, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %188 = stablehlo.reshape %187 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %189 = stablehlo.dot_general %188, %arg19, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %190 = stablehlo.multiply %189, %189 : tensor<2x64xf32>
    %191 = stablehlo.reduce(%190 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %192 = stablehlo.divide %191, %24 : tensor<2xf32>
    %193 = stablehlo.add %192, %26 : tensor<2xf32>
    %194 = stablehlo.rsqrt %193 : tensor<2xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %196 = stablehlo.multiply %189, %195 : tensor<2x64xf32>
    %197 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %198 = stablehlo.multiply %197, %196 : tensor<2x64xf32>
    %199 = stablehlo.add %120, %198 : tensor<2x64xf32>
    %200 = stablehlo.dot_general %199, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %201 = stablehlo.dot_general %199, %arg22, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %202 = stablehlo.logistic %200 : tensor<2x128xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<2x128xf32>
    %204 = stablehlo.multiply %203, %201 : tensor<2x128xf32>
    %205 = stablehlo.dot_general %204, %arg23, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %206 = stablehlo.multiply %205, %205 : tensor<2x64xf32>
    %207 = stablehlo.reduce(%206 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %208 = stablehlo.divide %207, %24 : tensor<2xf32>
    %209 = stablehlo.add %208, %26 : tensor<2xf32>
    %210 = stablehlo.rsqrt %209 : tensor<2xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %212 = stablehlo.multiply %205, %211 : tensor<2x64xf32>
    %213 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %214 = stablehlo.multiply %213, %212 : tensor<2x64xf32>
    %215 = stablehlo.add %199, %214 : tensor<2x64xf32> loc("layers.1.out")
    %216 = stablehlo.multiply %215, %215 : tensor<2x64xf32>
    %217 = stablehlo.reduce(%216 init: %22) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %218 = stablehlo.divide %217, %24 : tensor<2xf32>
    %219 = stablehlo.add %218, %26 : tensor<2xf32>
    %220 = stablehlo.rsqrt %219 : tensor<2xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %222 = stablehlo.multiply %215, %221 : tensor<2x64xf32>
    %223 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %224 = stablehlo.multiply %223, %222 : tensor<2x64xf32> loc("final_norm")
    %225 = stablehlo.dot_general %224, %arg2, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %225, %71, %77, %168, %174 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
