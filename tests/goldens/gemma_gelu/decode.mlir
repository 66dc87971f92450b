module @decode {
  func.func public @main(
      %arg0: tensor<256x64xbf16> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xbf16> loc("model.norm.weight"),
      %arg2: tensor<64xbf16> loc("model.layers.0.input_layernorm.weight"),
      %arg3: tensor<64x64xbf16> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<32x64xbf16> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg5: tensor<32x64xbf16> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg6: tensor<64x64xbf16> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg7: tensor<64xbf16> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg8: tensor<128x64xbf16> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg9: tensor<128x64xbf16> loc("model.layers.0.mlp.up_proj.weight"),
      %arg10: tensor<64x128xbf16> loc("model.layers.0.mlp.down_proj.weight"),
      %arg11: tensor<64xbf16> loc("model.layers.1.input_layernorm.weight"),
      %arg12: tensor<64x64xbf16> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg13: tensor<32x64xbf16> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg14: tensor<32x64xbf16> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg15: tensor<64x64xbf16> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg16: tensor<64xbf16> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg17: tensor<128x64xbf16> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg18: tensor<128x64xbf16> loc("model.layers.1.mlp.up_proj.weight"),
      %arg19: tensor<64x128xbf16> loc("model.layers.1.mlp.down_proj.weight"),
      %arg20: tensor<2xi32> loc("tokens"),
      %arg21: tensor<2xi32> loc("pos"),
      %arg22: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg23: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg24: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg25: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg21 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg21 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg21 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg21 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg21, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg20 : (tensor<2xi32>) -> tensor<2x1xi32>
    %19 = "stablehlo.gather"(%arg0, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xbf16>, tensor<2x1xi32>) -> tensor<2x64xbf16>
    %20 = stablehlo.convert %19 : (tensor<2x64xbf16>) -> tensor<2x64xf32>
    %21 = stablehlo.constant dense<8.0e+00> : tensor<2x64xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<2x64xf32> loc("embed")
    %23 = stablehlo.multiply %22, %22 : tensor<2x64xf32>
    %24 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %25 = stablehlo.reduce(%23 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %26 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %27 = stablehlo.divide %25, %26 : tensor<2xf32>
    %28 = stablehlo.constant dense<1.0e-06> : tensor<2xf32>
    %29 = stablehlo.add %27, %28 : tensor<2xf32>
    %30 = stablehlo.rsqrt %29 : tensor<2xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %32 = stablehlo.multiply %22, %31 : tensor<2x64xf32>
    %33 = stablehlo.convert %arg2 : (tensor<64xbf16>) -> tensor<64xf32>
    %34 = stablehlo.constant dense<1.0e+00> : tensor<64xf32>
    %35 = stablehlo.add %34, %33 : tensor<64xf32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %37 = stablehlo.multiply %32, %36 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %38 = stablehlo.convert %arg3 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %39 = stablehlo.dot_general %37, %38, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %41 = stablehlo.convert %arg4 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %42 = stablehlo.dot_general %37, %41, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %44 = stablehlo.convert %arg5 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %45 = stablehlo.dot_general %37, %44, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %46 = stablehlo.reshape %45 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %47 = stablehlo.slice %40 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %48 = stablehlo.slice %40 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %49 = stablehlo.negate %48 : tensor<2x4x8xf32>
    %50 = stablehlo.concatenate %49, %47, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %51 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %52 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<2x4x16xf32>
    %54 = stablehlo.multiply %40, %51 : tensor<2x4x16xf32>
    %55 = stablehlo.add %54, %53 : tensor<2x4x16xf32> loc("layers.0.q")
    %56 = stablehlo.slice %43 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %57 = stablehlo.slice %43 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %58 = stablehlo.negate %57 : tensor<2x2x8xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %60 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %61 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %62 = stablehlo.multiply %59, %61 : tensor<2x2x16xf32>
    %63 = stablehlo.multiply %43, %60 : tensor<2x2x16xf32>
    %64 = stablehlo.add %63, %62 : tensor<2x2x16xf32> loc("layers.0.k")
    %65 = stablehlo.slice %64 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %67 = stablehlo.dynamic_update_slice %arg22, %66, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %68 = stablehlo.slice %64 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %70 = stablehlo.dynamic_update_slice %67, %69, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %71 = stablehlo.slice %46 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %73 = stablehlo.dynamic_update_slice %arg23, %72, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %74 = stablehlo.slice %46 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %76 = stablehlo.dynamic_update_slice %73, %75, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %77 = stablehlo.reshape %55 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %78 = stablehlo.dot_general %77, %70, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %79 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<2x2x2x32xf32>
    %81 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %82 = stablehlo.add %80, %81 : tensor<2x2x2x32xf32>
    %83 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %84 = stablehlo.reduce(%82 init: %83) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %86 = stablehlo.subtract %82, %85 : tensor<2x2x2x32xf32>
    %87 = stablehlo.exponential %86 : tensor<2x2x2x32xf32>
    %88 = stablehlo.reduce(%87 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %90 = stablehlo.divide %87, %89 : tensor<2x2x2x32xf32>
    %91 = stablehlo.dot_general %90, %76, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %92 = stablehlo.reshape %91 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %93 = stablehlo.convert %arg6 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %94 = stablehlo.dot_general %92, %93, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %95 = stablehlo.add %22, %94 : tensor<2x64xf32>
    %96 = stablehlo.multiply %95, %95 : tensor<2x64xf32>
    %97 = stablehlo.reduce(%96 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %98 = stablehlo.divide %97, %26 : tensor<2xf32>
    %99 = stablehlo.add %98, %28 : tensor<2xf32>
    %100 = stablehlo.rsqrt %99 : tensor<2xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %102 = stablehlo.multiply %95, %101 : tensor<2x64xf32>
    %103 = stablehlo.convert %arg7 : (tensor<64xbf16>) -> tensor<64xf32>
    %104 = stablehlo.add %34, %103 : tensor<64xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %106 = stablehlo.multiply %102, %105 : tensor<2x64xf32>
    %107 = stablehlo.convert %arg8 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %108 = stablehlo.dot_general %106, %107, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %109 = stablehlo.convert %arg9 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %110 = stablehlo.dot_general %106, %109, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %111 = stablehlo.constant dense<7.0710677e-01> : tensor<2x128xf32>
    %112 = stablehlo.multiply %108, %111 : tensor<2x128xf32>
    %113 = stablehlo.abs %112 : tensor<2x128xf32>
    %114 = stablehlo.constant dense<3.275911e-01> : tensor<2x128xf32>
    %115 = stablehlo.multiply %114, %113 : tensor<2x128xf32>
    %116 = stablehlo.constant dense<1.0e+00> : tensor<2x128xf32>
    %117 = stablehlo.add %116, %115 : tensor<2x128xf32>
    %118 = stablehlo.divide %116, %117 : tensor<2x128xf32>
    %119 = stablehlo.constant dense<1.0614054e+00> : tensor<2x128xf32>
    %120 = stablehlo.constant dense<-1.4531521e+00> : tensor<2x128xf32>
    %121 = stablehlo.multiply %119, %118 : tensor<2x128xf32>
    %122 = stablehlo.add %121, %120 : tensor<2x128xf32>
    %123 = stablehlo.constant dense<1.4214138e+00> : tensor<2x128xf32>
    %124 = stablehlo.multiply %122, %118 : tensor<2x128xf32>
    %125 = stablehlo.add %124, %123 : tensor<2x128xf32>
    %126 = stablehlo.constant dense<-2.8449672e-01> : tensor<2x128xf32>
    %127 = stablehlo.multiply %125, %118 : tensor<2x128xf32>
    %128 = stablehlo.add %127, %126 : tensor<2x128xf32>
    %129 = stablehlo.constant dense<2.548296e-01> : tensor<2x128xf32>
    %130 = stablehlo.multiply %128, %118 : tensor<2x128xf32>
    %131 = stablehlo.add %130, %129 : tensor<2x128xf32>
    %132 = stablehlo.multiply %131, %118 : tensor<2x128xf32>
    %133 = stablehlo.multiply %112, %112 : tensor<2x128xf32>
    %134 = stablehlo.negate %133 : tensor<2x128xf32>
    %135 = stablehlo.exponential %134 : tensor<2x128xf32>
    %136 = stablehlo.multiply %132, %135 : tensor<2x128xf32>
    %137 = stablehlo.subtract %116, %136 : tensor<2x128xf32>
    %138 = stablehlo.sign %112 : tensor<2x128xf32>
    %139 = stablehlo.multiply %138, %137 : tensor<2x128xf32>
    %140 = stablehlo.add %116, %139 : tensor<2x128xf32>
    %141 = stablehlo.constant dense<5.0e-01> : tensor<2x128xf32>
    %142 = stablehlo.multiply %108, %141 : tensor<2x128xf32>
    %143 = stablehlo.multiply %142, %140 : tensor<2x128xf32>
    %144 = stablehlo.multiply %143, %110 : tensor<2x128xf32>
    %145 = stablehlo.convert %arg10 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %146 = stablehlo.dot_general %144, %145, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %147 = stablehlo.add %95, %146 : tensor<2x64xf32> loc("layers.0.out")
    %148 = stablehlo.multiply %147, %147 : tensor<2x64xf32>
    %149 = stablehlo.reduce(%148 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %150 = stablehlo.divide %149, %26 : tensor<2xf32>
    %151 = stablehlo.add %150, %28 : tensor<2xf32>
    %152 = stablehlo.rsqrt %151 : tensor<2xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %154 = stablehlo.multiply %147, %153 : tensor<2x64xf32>
    %155 = stablehlo.convert %arg11 : (tensor<64xbf16>) -> tensor<64xf32>
    %156 = stablehlo.add %34, %155 : tensor<64xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %158 = stablehlo.multiply %154, %157 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %159 = stablehlo.convert %arg12 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %160 = stablehlo.dot_general %158, %159, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %161 = stablehlo.reshape %160 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %162 = stablehlo.convert %arg13 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %163 = stablehlo.dot_general %158, %162, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %164 = stablehlo.reshape %163 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %165 = stablehlo.convert %arg14 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %166 = stablehlo.dot_general %158, %165, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %167 = stablehlo.reshape %166 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %168 = stablehlo.slice %161 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %169 = stablehlo.slice %161 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %170 = stablehlo.negate %169 : tensor<2x4x8xf32>
    %171 = stablehlo.concatenate %170, %168, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %172 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %173 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<2x4x16xf32>
    %175 = stablehlo.multiply %161, %172 : tensor<2x4x16xf32>
    %176 = stablehlo.add %175, %174 : tensor<2x4x16xf32> loc("layers.1.q")
    %177 = stablehlo.slice %164 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %178 = stablehlo.slice %164 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %179 = stablehlo.negate %178 : tensor<2x2x8xf32>
    %180 = stablehlo.concatenate %179, %177, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %181 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %182 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %183 = stablehlo.multiply %180, %182 : tensor<2x2x16xf32>
    %184 = stablehlo.multiply %164, %181 : tensor<2x2x16xf32>
    %185 = stablehlo.add %184, %183 : tensor<2x2x16xf32> loc("layers.1.k")
    %186 = stablehlo.slice %185 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %188 = stablehlo.dynamic_update_slice %arg24, %187, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %189 = stablehlo.slice %185 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %191 = stablehlo.dynamic_update_slice %188, %190, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %192 = stablehlo.slice %167 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %194 = stablehlo.dynamic_update_slice %arg25, %193, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %195 = stablehlo.slice %167 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %197 = stablehlo.dynamic_update_slice %194, %196, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %198 = stablehlo.reshape %176 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %199 = stablehlo.dot_general %198, %191, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %200 = stablehlo.multiply %199, %79 : tensor<2x2x2x32xf32>
    %201 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %202 = stablehlo.add %200, %201 : tensor<2x2x2x32xf32>
    %203 = stablehlo.reduce(%202 init: %83) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %205 = stablehlo.subtract %202, %204 : tensor<2x2x2x32xf32>
    %206 = stablehlo.exponential %205 : tensor<2x2x2x32xf32>
    %207 = stablehlo.reduce(%206 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %209 = stablehlo.divide %206, %208 : tensor<2x2x2x32xf32>
    %210 = stablehlo.dot_general %209, %197, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %211 = stablehlo.reshape %210 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %212 = stablehlo.convert %arg15 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %213 = stablehlo.dot_general %211, %212, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %214 = stablehlo.add %147, %213 : tensor<2x64xf32>
    %215 = stablehlo.multiply %214, %214 : tensor<2x64xf32>
    %216 = stablehlo.reduce(%215 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %217 = stablehlo.divide %216, %26 : tensor<2xf32>
    %218 = stablehlo.add %217, %28 : tensor<2xf32>
    %219 = stablehlo.rsqrt %218 : tensor<2xf32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %221 = stablehlo.multiply %214, %220 : tensor<2x64xf32>
    %222 = stablehlo.convert %arg16 : (tensor<64xbf16>) -> tensor<64xf32>
    %223 = stablehlo.add %34, %222 : tensor<64xf32>
    %224 = stablehlo.broadcast_in_dim %223, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %225 = stablehlo.multiply %221, %224 : tensor<2x64xf32>
    %226 = stablehlo.convert %arg17 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %227 = stablehlo.dot_general %225, %226, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %228 = stablehlo.convert %arg18 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %229 = stablehlo.dot_general %225, %228, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %230 = stablehlo.multiply %227, %111 : tensor<2x128xf32>
    %231 = stablehlo.abs %230 : tensor<2x128xf32>
    %232 = stablehlo.multiply %114, %231 : tensor<2x128xf32>
    %233 = stablehlo.add %116, %232 : tensor<2x128xf32>
    %234 = stablehlo.divide %116, %233 : tensor<2x128xf32>
    %235 = stablehlo.multiply %119, %234 : tensor<2x128xf32>
    %236 = stablehlo.add %235, %120 : tensor<2x128xf32>
    %237 = stablehlo.multiply %236, %234 : tensor<2x128xf32>
    %238 = stablehlo.add %237, %123 : tensor<2x128xf32>
    %239 = stablehlo.multiply %238, %234 : tensor<2x128xf32>
    %240 = stablehlo.add %239, %126 : tensor<2x128xf32>
    %241 = stablehlo.multiply %240, %234 : tensor<2x128xf32>
    %242 = stablehlo.add %241, %129 : tensor<2x128xf32>
    %243 = stablehlo.multiply %242, %234 : tensor<2x128xf32>
    %244 = stablehlo.multiply %230, %230 : tensor<2x128xf32>
    %245 = stablehlo.negate %244 : tensor<2x128xf32>
    %246 = stablehlo.exponential %245 : tensor<2x128xf32>
    %247 = stablehlo.multiply %243, %246 : tensor<2x128xf32>
    %248 = stablehlo.subtract %116, %247 : tensor<2x128xf32>
    %249 = stablehlo.sign %230 : tensor<2x128xf32>
    %250 = stablehlo.multiply %249, %248 : tensor<2x128xf32>
    %251 = stablehlo.add %116, %250 : tensor<2x128xf32>
    %252 = stablehlo.multiply %227, %141 : tensor<2x128xf32>
    %253 = stablehlo.multiply %252, %251 : tensor<2x128xf32>
    %254 = stablehlo.multiply %253, %229 : tensor<2x128xf32>
    %255 = stablehlo.convert %arg19 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %256 = stablehlo.dot_general %254, %255, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %257 = stablehlo.add %214, %256 : tensor<2x64xf32> loc("layers.1.out")
    %258 = stablehlo.multiply %257, %257 : tensor<2x64xf32>
    %259 = stablehlo.reduce(%258 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %260 = stablehlo.divide %259, %26 : tensor<2xf32>
    %261 = stablehlo.add %260, %28 : tensor<2xf32>
    %262 = stablehlo.rsqrt %261 : tensor<2xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %264 = stablehlo.multiply %257, %263 : tensor<2x64xf32>
    %265 = stablehlo.convert %arg1 : (tensor<64xbf16>) -> tensor<64xf32>
    %266 = stablehlo.add %34, %265 : tensor<64xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %268 = stablehlo.multiply %264, %267 : tensor<2x64xf32> loc("final_norm")
    %269 = stablehlo.convert %arg0 : (tensor<256x64xbf16>) -> tensor<256x64xf32>
    %270 = stablehlo.dot_general %268, %269, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %270, %70, %76, %191, %197 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
