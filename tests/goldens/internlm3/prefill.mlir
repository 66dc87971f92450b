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
      %arg11: tensor<64xf32> loc("model.layers.0.self_attn.o_proj.bias"),
      %arg12: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg13: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg14: tensor<128xf32> loc("model.layers.0.mlp.gate_proj.bias"),
      %arg15: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg16: tensor<128xf32> loc("model.layers.0.mlp.up_proj.bias"),
      %arg17: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg18: tensor<64xf32> loc("model.layers.0.mlp.down_proj.bias"),
      %arg19: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg20: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg21: tensor<64xf32> loc("model.layers.1.self_attn.q_proj.bias"),
      %arg22: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg23: tensor<32xf32> loc("model.layers.1.self_attn.k_proj.bias"),
      %arg24: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg25: tensor<32xf32> loc("model.layers.1.self_attn.v_proj.bias"),
      %arg26: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg27: tensor<64xf32> loc("model.layers.1.self_attn.o_proj.bias"),
      %arg28: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg29: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg30: tensor<128xf32> loc("model.layers.1.mlp.gate_proj.bias"),
      %arg31: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg32: tensor<128xf32> loc("model.layers.1.mlp.up_proj.bias"),
      %arg33: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg34: tensor<64xf32> loc("model.layers.1.mlp.down_proj.bias"),
      %arg35: tensor<8xi32> loc("tokens"),
      %arg36: tensor<i32> loc("start"),
      %arg37: tensor<i32> loc("length"),
      %arg38: tensor<i32> loc("slot"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
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
    %16 = stablehlo.reshape %arg35 : (tensor<8xi32>) -> tensor<8x1xi32>
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
    %61 = stablehlo.dynamic_update_slice %arg39, %60, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %62 = stablehlo.reshape %41 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %63 = stablehlo.dynamic_update_slice %arg40, %62, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %64 = stablehlo.reshape %50 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %65 = stablehlo.dynamic_slice %61, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %67 = stablehlo.dynamic_slice %63, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
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
    %85 = stablehlo.dot_general %84, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %86 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %87 = stablehlo.add %85, %86 : tensor<8x64xf32> loc("layers.0.attn_out")
    %88 = stablehlo.add %17, %87 : tensor<8x64xf32>
    %89 = stablehlo.multiply %88, %88 : tensor<8x64xf32>
    %90 = stablehlo.reduce(%89 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %91 = stablehlo.divide %90, %21 : tensor<8xf32>
    %92 = stablehlo.add %91, %23 : tensor<8xf32>
    %93 = stablehlo.rsqrt %92 : tensor<8xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %95 = stablehlo.multiply %88, %94 : tensor<8x64xf32>
    %96 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %97 = stablehlo.multiply %96, %95 : tensor<8x64xf32>
    %98 = stablehlo.dot_general %97, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %99 = stablehlo.broadcast_in_dim %arg14, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %100 = stablehlo.add %98, %99 : tensor<8x128xf32>
    %101 = stablehlo.dot_general %97, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %102 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %103 = stablehlo.add %101, %102 : tensor<8x128xf32>
    %104 = stablehlo.logistic %100 : tensor<8x128xf32>
    %105 = stablehlo.multiply %100, %104 : tensor<8x128xf32>
    %106 = stablehlo.multiply %105, %103 : tensor<8x128xf32>
    %107 = stablehlo.dot_general %106, %arg17, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %108 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %109 = stablehlo.add %107, %108 : tensor<8x64xf32>
    %110 = stablehlo.add %88, %109 : tensor<8x64xf32> loc("layers.0.out")
    %111 = stablehlo.multiply %110, %110 : tensor<8x64xf32>
    %112 = stablehlo.reduce(%111 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %113 = stablehlo.divide %112, %21 : tensor<8xf32>
    %114 = stablehlo.add %113, %23 : tensor<8xf32>
    %115 = stablehlo.rsqrt %114 : tensor<8xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %117 = stablehlo.multiply %110, %116 : tensor<8x64xf32>
    %118 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %119 = stablehlo.multiply %118, %117 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %120 = stablehlo.dot_general %119, %arg20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %121 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %122 = stablehlo.add %120, %121 : tensor<8x64xf32>
    %123 = stablehlo.reshape %122 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %124 = stablehlo.dot_general %119, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %125 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %126 = stablehlo.add %124, %125 : tensor<8x32xf32>
    %127 = stablehlo.reshape %126 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %128 = stablehlo.dot_general %119, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %129 = stablehlo.broadcast_in_dim %arg25, dims = [1] : (tensor<32xf32>) -> tensor<8x32xf32>
    %130 = stablehlo.add %128, %129 : tensor<8x32xf32>
    %131 = stablehlo.reshape %130 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %132 = stablehlo.slice %123 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %133 = stablehlo.slice %123 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %134 = stablehlo.negate %133 : tensor<8x4x8xf32>
    %135 = stablehlo.concatenate %134, %132, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %136 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %137 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<8x4x16xf32>
    %139 = stablehlo.multiply %123, %136 : tensor<8x4x16xf32>
    %140 = stablehlo.add %139, %138 : tensor<8x4x16xf32> loc("layers.1.q")
    %141 = stablehlo.slice %127 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %142 = stablehlo.slice %127 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %143 = stablehlo.negate %142 : tensor<8x2x8xf32>
    %144 = stablehlo.concatenate %143, %141, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %145 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %146 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %147 = stablehlo.multiply %144, %146 : tensor<8x2x16xf32>
    %148 = stablehlo.multiply %127, %145 : tensor<8x2x16xf32>
    %149 = stablehlo.add %148, %147 : tensor<8x2x16xf32> loc("layers.1.k")
    %150 = stablehlo.reshape %149 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %151 = stablehlo.dynamic_update_slice %arg41, %150, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %152 = stablehlo.reshape %131 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %153 = stablehlo.dynamic_update_slice %arg42, %152, %arg38, %arg36, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %154 = stablehlo.reshape %140 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %155 = stablehlo.dynamic_slice %151, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %156 = stablehlo.reshape %155 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %157 = stablehlo.dynamic_slice %153, %arg38, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %158 = stablehlo.reshape %157 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %159 = stablehlo.dot_general %154, %156, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %160 = stablehlo.multiply %159, %70 : tensor<2x8x2x32xf32>
    %161 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %162 = stablehlo.add %160, %161 : tensor<2x8x2x32xf32>
    %163 = stablehlo.reduce(%162 init: %74) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %165 = stablehlo.subtract %162, %164 : tensor<2x8x2x32xf32>
    %166 = stablehlo.exponential %165 : tensor<2x8x2x32xf32>
    %167 = stablehlo.reduce(%166 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %169 = stablehlo.divide %166, %168 : tensor<2x8x2x32xf32>
    %170 = stablehlo.dot_general %169, %158, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %171 = stablehlo.transpose %170, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %172 = stablehlo.reshape %171 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %173 = stablehlo.dot_general %172, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %174 = stablehlo.broadcast_in_dim %arg27, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %175 = stablehlo.add %173, %174 : tensor<8x64xf32> loc("layers.1.attn_out")
    %176 = stablehlo.add %110, %175 : tensor<8x64xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<8x64xf32>
    %178 = stablehlo.reduce(%177 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %179 = stablehlo.divide %178, %21 : tensor<8xf32>
    %180 = stablehlo.add %179, %23 : tensor<8xf32>
    %181 = stablehlo.rsqrt %180 : tensor<8xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %183 = stablehlo.multiply %176, %182 : tensor<8x64xf32>
    %184 = stablehlo.broadcast_in_dim %arg28, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %185 = stablehlo.multiply %184, %183 : tensor<8x64xf32>
    %186 = stablehlo.dot_general %185, %arg29, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %187 = stablehlo.broadcast_in_dim %arg30, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %188 = stablehlo.add %186, %187 : tensor<8x128xf32>
    %189 = stablehlo.dot_general %185, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %190 = stablehlo.broadcast_in_dim %arg32, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %191 = stablehlo.add %189, %190 : tensor<8x128xf32>
    %192 = stablehlo.logistic %188 : tensor<8x128xf32>
    %193 = stablehlo.multiply %188, %192 : tensor<8x128xf32>
    %194 = stablehlo.multiply %193, %191 : tensor<8x128xf32>
    %195 = stablehlo.dot_general %194, %arg33, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %196 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %197 = stablehlo.add %195, %196 : tensor<8x64xf32>
    %198 = stablehlo.add %176, %197 : tensor<8x64xf32> loc("layers.1.out")
    %199 = stablehlo.constant dense<1> : tensor<i32>
    %200 = stablehlo.subtract %arg37, %199 : tensor<i32>
    %201 = stablehlo.dynamic_slice %198, %200, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %202 = stablehlo.multiply %201, %201 : tensor<1x64xf32>
    %203 = stablehlo.reduce(%202 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %204 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %205 = stablehlo.divide %203, %204 : tensor<1xf32>
    %206 = stablehlo.constant dense<1.0e-06> : tensor<1xf32>
    %207 = stablehlo.add %205, %206 : tensor<1xf32>
    %208 = stablehlo.rsqrt %207 : tensor<1xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %210 = stablehlo.multiply %201, %209 : tensor<1x64xf32>
    %211 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %212 = stablehlo.multiply %211, %210 : tensor<1x64xf32> loc("final_norm")
    %213 = stablehlo.dot_general %212, %arg2, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %214 = stablehlo.reshape %213 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %214, %61, %63, %151, %153 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
