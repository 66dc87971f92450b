module @prefill {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg5: tensor<64xf32> loc("model.layers.0.self_attn.q_proj.bias"),
      %arg6: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg7: tensor<32xf32> loc("model.layers.0.self_attn.k_proj.bias"),
      %arg8: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg9: tensor<32xf32> loc("model.layers.0.self_attn.v_proj.bias"),
      %arg10: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg11: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg12: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg13: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg14: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg15: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg16: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg17: tensor<64xf32> loc("model.layers.1.self_attn.q_proj.bias"),
      %arg18: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg19: tensor<32xf32> loc("model.layers.1.self_attn.k_proj.bias"),
      %arg20: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg21: tensor<32xf32> loc("model.layers.1.self_attn.v_proj.bias"),
      %arg22: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg23: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg24: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg25: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg26: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg27: tensor<8xi32> loc("tokens"),
      %arg28: tensor<i32> loc("start"),
      %arg29: tensor<i32> loc("length"),
      %arg30: tensor<i32> loc("slot"),
      %arg31: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg32: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg33: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg34: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg28, dims = [] : (tensor<i32>) -> tensor<8xi32>
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
    %16 = stablehlo.reshape %arg27 : (tensor<8xi32>) -> tensor<8x1xi32>
    %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %18 = stablehlo.multiply %17, %17 : tensor<8x64xf32>
    %19 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %20 = stablehlo.reduce(%18 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %22 = stablehlo.divide %20, %21 : tensor<8xf32>
    %23 = stablehlo.constant dense<1.0e-06> : tensor<8xf32>
    %24 = stablehlo.add %22, %23 : tensor<8xf32>
    %25 = stablehlo.rsqrt %24 : tensor<8xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %27 = stablehlo.multiply %17, %26 : tensor<8x64xf32>
    %28 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %29 = stablehlo.multiply %28, %27 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %30 = stablehlo.dot_general %29, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %32 = stablehlo.add %30, %31 : tensor<8x64xf32>
    %33 = stablehlo.reshape %32 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %34 = stablehlo.dot_general %29, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %35 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %36 = stablehlo.add %34, %35 : tensor<8x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %38 = stablehlo.dot_general %29, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %39 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %40 = stablehlo.add %38, %39 : tensor<8x32xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %42 = stablehlo.slice %33 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %43 = stablehlo.slice %33 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %44 = stablehlo.negate %43 : tensor<8x4x8xf32>
    %45 = stablehlo.concatenate %44, %42, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %46 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %47 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %48 = stablehlo.multiply %45, %47 : tensor<8x4x16xf32>
    %49 = stablehlo.multiply %33, %46 : tensor<8x4x16xf32>
    %50 = stablehlo.add %49, %48 : tensor<8x4x16xf32> loc("layers.0.q")
    %51 = stablehlo.slice %37 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %52 = stablehlo.slice %37 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %53 = stablehlo.negate %52 : tensor<8x2x8xf32>
    %54 = stablehlo.concatenate %53, %51, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %55 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %56 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %57 = stablehlo.multiply %54, %56 : tensor<8x2x16xf32>
    %58 = stablehlo.multiply %37, %55 : tensor<8x2x16xf32>
    %59 = stablehlo.add %58, %57 : tensor<8x2x16xf32> loc("layers.0.k")
    %60 = stablehlo.reshape %59 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %61 = stablehlo.dynamic_update_slice %arg31, %60, %arg30, %arg28, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %62 = stablehlo.reshape %41 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %63 = stablehlo.dynamic_update_slice %arg32, %62, %arg30, %arg28, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %64 = stablehlo.reshape %50 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %65 = stablehlo.dynamic_slice %61, %arg30, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %67 = stablehlo.dynamic_slice %63, %arg30, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %69 = stablehlo.dot_general %64, %66, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %70 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %71 = stablehlo.multiply %69, %70 : tensor<2x8x2x32xf32>
    %72 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %73 = stablehlo.add %71, %72 : tensor<2x8x2x32xf32>
    %74 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %75 = stablehlo.reduce(%73 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %77 = stablehlo.subtract %73, %76 : tensor<2x8x2x32xf32>
    %78 = stablehlo.exponential %77 : tensor<2x8x2x32xf32>
    %79 = stablehlo.reduce(%78 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %81 = stablehlo.divide %78, %80 : tensor<2x8x2x32xf32>
    %82 = stablehlo.dot_general %81, %68, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %83 = stablehlo.transpose %82, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %84 = stablehlo.reshape %83 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %85 = stablehlo.dot_general %84, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %86 = stablehlo.add %17, %85 : tensor<8x64xf32>
    %87 = stablehlo.multiply %86, %86 : tensor<8x64xf32>
    %88 = stablehlo.reduce(%87 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %89 = stablehlo.divide %88, %21 : tensor<8xf32>
    %90 = stablehlo.add %89, %23 : tensor<8xf32>
    %91 = stablehlo.rsqrt %90 : tensor<8xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %93 = stablehlo.multiply %86, %92 : tensor<8x64xf32>
    %94 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<8x64xf32>
    %96 = stablehlo.dot_general %95, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %97 = stablehlo.dot_general %95, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %98 = stablehlo.logistic %96 : tensor<8x128xf32>
    %99 = stablehlo.multiply %96, %98 : tensor<8x128xf32>
    %100 = stablehlo.multiply %99, %97 : tensor<8x128xf32>
    %101 = stablehlo.dot_general %100, %arg14, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %102 = stablehlo.add %86, %101 : tensor<8x64xf32> loc("layers.0.out")
    %103 = stablehlo.multiply %102, %102 : tensor<8x64xf32>
    %104 = stablehlo.reduce(%103 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %105 = stablehlo.divide %104, %21 : tensor<8xf32>
    %106 = stablehlo.add %105, %23 : tensor<8xf32>
    %107 = stablehlo.rsqrt %106 : tensor<8xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %109 = stablehlo.multiply %102, %108 : tensor<8x64xf32>
    %110 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %111 = stablehlo.multiply %110, %109 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %112 = stablehlo.dot_general %111, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %113 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %114 = stablehlo.add %112, %113 : tensor<8x64xf32>
    %115 = stablehlo.reshape %114 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %116 = stablehlo.dot_general %111, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %117 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %118 = stablehlo.add %116, %117 : tensor<8x32xf32>
    %119 = stablehlo.reshape %118 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %120 = stablehlo.dot_general %111, %arg20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %121 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %122 = stablehlo.add %120, %121 : tensor<8x32xf32>
    %123 = stablehlo.reshape %122 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %124 = stablehlo.slice %115 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %125 = stablehlo.slice %115 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %126 = stablehlo.negate %125 : tensor<8x4x8xf32>
    %127 = stablehlo.concatenate %126, %124, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %128 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %129 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<8x4x16xf32>
    %131 = stablehlo.multiply %115, %128 : tensor<8x4x16xf32>
    %132 = stablehlo.add %131, %130 : tensor<8x4x16xf32> loc("layers.1.q")
    %133 = stablehlo.slice %119 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %134 = stablehlo.slice %119 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %135 = stablehlo.negate %134 : tensor<8x2x8xf32>
    %136 = stablehlo.concatenate %135, %133, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %137 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %138 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<8x2x16xf32>
    %140 = stablehlo.multiply %119, %137 : tensor<8x2x16xf32>
    %141 = stablehlo.add %140, %139 : tensor<8x2x16xf32> loc("layers.1.k")
    %142 = stablehlo.reshape %141 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %143 = stablehlo.dynamic_update_slice %arg33, %142, %arg30, %arg28, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %144 = stablehlo.reshape %123 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %145 = stablehlo.dynamic_update_slice %arg34, %144, %arg30, %arg28, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %146 = stablehlo.reshape %132 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %147 = stablehlo.dynamic_slice %143, %arg30, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %149 = stablehlo.dynamic_slice %145, %arg30, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %151 = stablehlo.dot_general %146, %148, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %152 = stablehlo.multiply %151, %70 : tensor<2x8x2x32xf32>
    %153 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %154 = stablehlo.add %152, %153 : tensor<2x8x2x32xf32>
    %155 = stablehlo.reduce(%154 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %157 = stablehlo.subtract %154, %156 : tensor<2x8x2x32xf32>
    %158 = stablehlo.exponential %157 : tensor<2x8x2x32xf32>
    %159 = stablehlo.reduce(%158 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %161 = stablehlo.divide %158, %160 : tensor<2x8x2x32xf32>
    %162 = stablehlo.dot_general %161, %150, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %163 = stablehlo.transpose %162, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %164 = stablehlo.reshape %163 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %165 = stablehlo.dot_general %164, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %166 = stablehlo.add %102, %165 : tensor<8x64xf32>
    %167 = stablehlo.multiply %166, %166 : tensor<8x64xf32>
    %168 = stablehlo.reduce(%167 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %169 = stablehlo.divide %168, %21 : tensor<8xf32>
    %170 = stablehlo.add %169, %23 : tensor<8xf32>
    %171 = stablehlo.rsqrt %170 : tensor<8xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %173 = stablehlo.multiply %166, %172 : tensor<8x64xf32>
    %174 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %175 = stablehlo.multiply %174, %173 : tensor<8x64xf32>
    %176 = stablehlo.dot_general %175, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %177 = stablehlo.dot_general %175, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %178 = stablehlo.logistic %176 : tensor<8x128xf32>
    %179 = stablehlo.multiply %176, %178 : tensor<8x128xf32>
    %180 = stablehlo.multiply %179, %177 : tensor<8x128xf32>
    %181 = stablehlo.dot_general %180, %arg26, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %182 = stablehlo.add %166, %181 : tensor<8x64xf32> loc("layers.1.out")
    %183 = stablehlo.constant dense<1> : tensor<i32>
    %184 = stablehlo.subtract %arg29, %183 : tensor<i32>
    %185 = stablehlo.dynamic_slice %182, %184, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %186 = stablehlo.multiply %185, %185 : tensor<1x64xf32>
    %187 = stablehlo.reduce(%186 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %188 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %189 = stablehlo.divide %187, %188 : tensor<1xf32>
    %190 = stablehlo.constant dense<1.0e-06> : tensor<1xf32>
    %191 = stablehlo.add %189, %190 : tensor<1xf32>
    %192 = stablehlo.rsqrt %191 : tensor<1xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %194 = stablehlo.multiply %185, %193 : tensor<1x64xf32>
    %195 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %196 = stablehlo.multiply %195, %194 : tensor<1x64xf32> loc("final_norm")
    %197 = stablehlo.dot_general %196, %arg2, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %198, %61, %63, %143, %145 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
