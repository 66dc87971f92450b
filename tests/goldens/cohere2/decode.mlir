module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg3: tensor<64x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg4: tensor<32x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg6: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg7: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg8: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg9: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg10: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg11: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg12: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg13: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg14: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg15: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg16: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg17: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg18: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg19: tensor<64x64xf32> loc("model.layers.2.self_attn.q_proj.weight"),
      %arg20: tensor<32x64xf32> loc("model.layers.2.self_attn.k_proj.weight"),
      %arg21: tensor<32x64xf32> loc("model.layers.2.self_attn.v_proj.weight"),
      %arg22: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg23: tensor<128x64xf32> loc("model.layers.2.mlp.gate_proj.weight"),
      %arg24: tensor<128x64xf32> loc("model.layers.2.mlp.up_proj.weight"),
      %arg25: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg26: tensor<64xf32> loc("model.layers.3.input_layernorm.weight"),
      %arg27: tensor<64x64xf32> loc("model.layers.3.self_attn.q_proj.weight"),
      %arg28: tensor<32x64xf32> loc("model.layers.3.self_attn.k_proj.weight"),
      %arg29: tensor<32x64xf32> loc("model.layers.3.self_attn.v_proj.weight"),
      %arg30: tensor<64x64xf32> loc("model.layers.3.self_attn.o_proj.weight"),
      %arg31: tensor<128x64xf32> loc("model.layers.3.mlp.gate_proj.weight"),
      %arg32: tensor<128x64xf32> loc("model.layers.3.mlp.up_proj.weight"),
      %arg33: tensor<64x128xf32> loc("model.layers.3.mlp.down_proj.weight"),
      %arg34: tensor<2xi32> loc("tokens"),
      %arg35: tensor<2xi32> loc("pos"),
      %arg36: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg37: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg38: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 7 : i32} loc("cache.k.3"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 8 : i32} loc("cache.v.3"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg35 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg35 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F40510A3F6A4E733F6A4E733F98B87E3F98B87E3F3CDF7F3F3CDF7F3FB9FC7F3FB9FC7F3FACFF7F3FACFF7F3FF8FF7F3FF8FF7F3FFFFF7F3FFFFF7F3F3311D5BE3311D5BEEC7B4E3FEC7B4E3FA5E57A3FA5E57A3FF97C7F3FF97C7F3FE5F27F3FE5F27F3FB0FE7F3FB0FE7F3FDEFF7F3FDEFF7F3FFDFF7F3FFDFF7F3F26707DBF26707DBF582F153F582F153FEF90743FEF90743F4FD97E3F4FD97E3F83E27F3F83E27F3F0DFD7F3F0DFD7F3FB5FF7F3FB5FF7F3FF8FF7F3FF8FF7F3F305527BF305527BFB12E9A3EB12E9A3EA7CA6B3FA7CA6B3F69F47D3F69F47D3F94CB7F3F94CB7F3FC2FA7F3FC2FA7F3F7AFF7F3F7AFF7F3FF3FF7F3FF3FF7F3F2C3C913E2C3C913EE97229BCE97229BC40A9603F40A9603F81CE7C3F81CE7C3F19AE7F3F19AE7F3FCFF77F3FCFF77F3F2EFF7F3F2EFF7F3FEBFF7F3FEBFF7F3FB8CD753FB8CD753F6D3FA4BE6D3FA4BE3249533F3249533FE3677B3FE3677B3F128A7F3F128A7F3F34F47F3F34F47F3FD2FE7F3FD2FE7F3FE2FF7F3FE2FF7F3FBDFF403FBDFF403FBC7419BFBC7419BFB3CC433FB3CC433FEAC0793FEAC0793F815F7F3F815F7F3FF2EF7F3FF2EF7F3F65FE7F3F65FE7F3FD7FF7F3FD7FF7F3FF6FD14BEF6FD14BEE59151BFE59151BF5F5B323F5F5B323F02DA773F02DA773F662E7F3F662E7F3F08EB7F3F08EB7F3FE7FD7F3FE7FD7F3FCAFF7F3FCAFF7F3FD53F69BFD53F69BFA2E674BFA2E674BFD4211F3FD4211F3FA9B3753FA9B3753FC2F67E3FC2F67E3F76E57F3F76E57F3F59FD7F3F59FD7F3FBCFF7F3FBCFF7F3F64CD56BF64CD56BFFBF17FBFFBF17FBF40510A3F40510A3F6A4E733F6A4E733F98B87E3F98B87E3F3CDF7F3F3CDF7F3FB9FC7F3FB9FC7F3FACFF7F3FACFF7F3F7205913B7205913B8D9B71BF8D9B71BFBF3DE83EBF3DE83EE4AA703FE4AA703FE8737E3FE8737E3F5BD87F3F5BD87F3F09FC7F3F09FC7F3F9AFF7F3F9AFF7F3FD006583FD006583F574F4BBF574F4BBFF386B93EF386B93EC3C96D3FC3C96D3FB5287E3FB5287E3FD2D07F3FD2D07F3F48FB7F3F48FB7F3F87FF7F3F87FF7F3F6F4E683F6F4E683F9DD910BF9DD910BF99F5883E99F5883EC2AB6A3FC2AB6A3F00D77D3F00D77D3FA1C87F3FA1C87F3F76FA7F3F76FA7F3F72FF7F3F72FF7F3FD7040C3ED7040C3E0A0D90BE0A0D90BEDF0B2E3EDF0B2E3EB151673FB151673FCC7E7D3FCC7E7D3FC9BF7F3FC9BF7F3F94F97F3F94F97F3F5CFF7F3F5CFF7F3FE87A42BFE87A42BF9622FE3C9622FE3CAADE903DAADE903D68BC633F68BC633F1A207D3F1A207D3F49B67F3F49B67F3FA1F87F3FA1F87F3F43FF7F3F43FF7F3F2C2975BF2C2975BF2F3EAE3E2F3EAE3EE333EFBCE333EFBCD4EC5F3FD4EC5F3FEDBA7C3FEDBA7C3F22AC7F3F22AC7F3F9DF77F3F9DF77F3F29FF7F3F29FF7F3F36E28CBE36E28CBE51A91D3F51A91D3FD3EF03BED3EF03BEEEE35B3FEEE35B3F494F7C3F494F7C3F53A17F3F53A17F3F88F67F3F88F67F3F0EFF7F3F0EFF7F3F840A293F840A293FE990543FE990543FAFA768BEAFA768BEBEA2573FBEA2573F2EDD7B3F2EDD7B3FDC957F3FDC957F3F62F57F3F62F57F3FF0FE7F3FF0FE7F3FBF1B7D3FBF1B7D3F0764763F0764763F3586A5BE3586A5BE5C2A533F5C2A533FA1647B3FA1647B3FBE897F3FBE897F3F2CF47F3F2CF47F3FD1FE7F3FD1FE7F3F22F0D03E22F0D03EEDC77F3FEDC77F3F3311D5BE3311D5BEEC7B4E3FEC7B4E3FA5E57A3FA5E57A3FF97C7F3FF97C7F3FE5F27F3FE5F27F3FB0FE7F3FB0FE7F3FFC370CBFFC370CBF39CE6F3F39CE6F3F9A3D01BF9A3D01BFA198493FA198493F3C607A3F3C607A3F8C6F7F3F8C6F7F3F8DF17F3F8DF17F3F8EFE7F3F8EFE7F3F6FFD7FBF6FFD7FBF7A0C483F7A0C483F03A816BF03A816BFBB81443FBB81443F6AD4793F6AD4793F78617F3F78617F3F24F07F3F24F07F3F6AFE7F3F6AFE7F3FBF6708BFBF6708BF04740C3F04740C3F10912ABF10912ABF88383F3F88383F3F3342793F3342793FBC527F3FBC527F3FABEE7F3FABEE7F3F44FE7F3F44FE7F3FFE2DD93EFE2DD93EAFDB853EAFDB853ED7C53CBFD7C53CBF62BE393F62BE393F9BA9783F9BA9783F59437F3F59437F3F20ED7F3F20ED7F3F1DFE7F3F1DFE7F3F78BF7D3F78BF7D3F31B853BD31B853BDBF174DBFBF174DBFB014343FB014343FA50A783FA50A783F4E337F3F4E337F3F85EB7F3F85EB7F3FF4FD7F3FF4FD7F3F819C253F819C253FDB29B8BEDB29B8BE115D5BBF115D5BBFE63C2E3FE63C2E3F5565773F5565773F9D227F3F9D227F3FDAE97F3FDAE97F3FC9FD7F3FC9FD7F3F389395BE389395BEA1CC21BFA1CC21BF467167BF467167BF8138283F8138283FB1B9763FB1B9763F44117F3F44117F3F1DE87F3F1DE87F3F9CFD7F3F9CFD7F3F576D76BF576D76BFAA7857BFAA7857BF7B3571BF7B3571BF0D09223F0D09223FBB07763FBB07763F44FF7E3F44FF7E3F50E67F3F50E67F3F6EFD7F3F6EFD7F3FB3803FBFB3803FBF6DC677BF6DC677BFB79078BFB79078BF1FB01B3F1FB01B3F794F753F794F753F9DEC7E3F9DEC7E3F72E47F3F72E47F3F3FFD7F3F3FFD7F3F18F41D3E18F41D3EDC817FBFDC817FBF26707DBF26707DBF562F153F562F153FEF90743FEF90743F4FD97E3F4FD97E3F83E27F3F83E27F3F0DFD7F3F0DFD7F3F8E2C6A3F8E2C6A3FA0E66DBFA0E66DBF52C77FBF52C77FBF5D880E3F5D880E3F22CC733F22CC733F5AC57E3F5AC57E3F83E07F3F83E07F3FDAFC7F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg35 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573FA46A573F3E399F3E3E399F3E7775CC3D7775CC3D5C81013D5C81013D57D6233C57D6233C213E4F3B213E4F3B6E12833A6E12833A60CBA53960CBA539B7C7683FB7C7683F1B54173F1B54173FF96F4B3EF96F4B3EC970813DC970813D3ED4A33C3ED4A33CDD3DCF3BDD3DCF3B6912033B6912033B5FCB253A5FCB253AC381103EC381103EC209503FC209503F6D4E973E6D4E973EC1FFC13DC1FFC13D1FB9F53C1FB9F53C116E1B3C116E1B3C939B443B939B443B0EB1783A0EB1783ACFBD41BFCFBD41BFDE1D743FDE1D743FD761C73ED761C73E892E013E892E013EDBCB233DDBCB233DCE3C4F3CCE3C4F3C5812833B5812833B5DCBA53A5DCBA53A107C75BF107C75BF7FFC7F3F7FFC7F3F4477F53E4477F53E1F3C213E1F3C213EF4B64C3DF4B64C3D8185813C8185813CDED6A33BDED6A33B323ECF3A323ECF3A8C0F8FBE8C0F8FBE4E78723F4E78723F698C103F698C103F6F20413E6F20413ED19C753DD19C753D476C9B3C476C9B3C599BC43B599BC43B06B1F83A06B1F83A4630283F4630283F6EE84C3F6EE84C3F73EB243F73EB243F51D3603E51D3603E323E8F3D323E8F3DA652B53CA652B53CC75FE53BC75FE53BEC11113BEC11113B95467D3F95467D3F7D06133F7D06133FA6A4373FA6A4373F5226803E5226803E50AAA33D50AAA33D8F38CF3C8F38CF3C1312033C1312033C54CB253B54CB253B3201D33E3201D33EEE1F953EEE1F953E1D88483F1D88483F2EC28F3E2EC28F3E3E12B83D3E12B83DF01DE93CF01DE93C3B74133C3B74133CBB843A3BBB843A3BF8440BBFF8440BBF9770A9BC9770A9BCA46A573FA46A573F3F399F3E3F399F3E7675CC3D7675CC3D5C81013D5C81013D58D6233C58D6233C213E4F3B213E4F3B5CFF7FBF5CFF7FBF1F41A9BE1F41A9BE2B26643F2B26643F8C87AE3E8C87AE3E72D3E03D72D3E03D6B730E3D6B730E3D6B38343C6B38343C86F7633B86F7633BD85C09BFD85C09BF24911BBF24911BBF1D9A6E3F1D9A6E3F2CA9BD3E2CA9BD3EAC2BF53DAC2BF53D1D651B3D1D651B3D719A443C719A443CE9B0783BE9B0783B2220D73E2220D73E4C1453BF4C1453BFC0AB763FC0AB763F419ACC3E419ACC3ED0BE043ED0BE043E6A56283D6A56283D6BFC543C6BFC543C25B5863B25B5863B72987D3F72987D3FB3A875BFB3A875BF6F467C3F6F467C3FF556DB3EF556DB3E64E40E3E64E40E3E4747353D4747353D575E653C575E653CD511913BD511913B4479263F4479263F75E07FBF75E07FBFD55B7F3FD55B7F3F85DBE93E85DBE93E4F06193E4F06193EAE37423DAE37423D34C0753C34C0753C846E9B3B846E9B3B106893BE106893BE2EB870BF2EB870BF0EE47F3F0EE47F3F3724F83E3724F83E5024233E5024233E96274F3D96274F3D0111833C0111833C32CBA53B32CBA53B251E76BF251E76BFA9B049BFA9B049BFBFDD7D3FBFDD7D3FB216033FB216033F233E2D3E233E2D3EF6165C3DF6165C3DDE418B3CDE418B3CDE27B03BDE27B03BB34040BFB34040BFC8A80EBFC8A80EBF144E793F144E793FBAF9093FBAF9093F8753373E8753373EC505693DC505693DB372933CB372933C8A84BA3B8A84BA3B6979193E6979193E44F68ABE44F68ABEB940723FB940723F71B9103F71B9103F3A64413E3A64413EFCF3753DFCF3753D7EA39B3C7EA39B3C34E1C43B34E1C43BC8B6693FC8B6693F4F67293D4F67293DB7C7683FB7C7683F1C54173F1C54173FF86F4B3EF86F4B3EC970813DC970813D3FD4A33C3FD4A33CDD3DCF3BDD3DCF3B102F563F102F563F7236B33E7236B33E49FB5C3F49FB5C3F0AC81D3F0AC81D3F8376553E8376553E3FE7873D3FE7873DF504AC3CF504AC3C859AD93B859AD93B150511BC150511BC26BD1F3F26BD1F3F9EF94E3F9EF94E3F9513243F9513243F96775F3E96775F3E5C5D8E3D5C5D8E3DA035B43CA035B43C2BF7E33B2BF7E33BE7A158BFE7A158BFB807563FB807563F8AE63E3F8AE63E3F1F352A3F1F352A3FF072693EF072693E1BD3943D1BD3943D3F66BC3C3F66BC3CD053EE3BD053EE3BFCD367BFFCD367BF9C18773F9C18773F27EB2C3F27EB2C3F182B303F182B303F5168733E5168733E7A489B3D7A489B3DD196C43CD196C43C74B0F83B74B0F83B388707BE388707BE64A87F3F64A87F3F7835193F7835193FF9F3353FF9F3353F77577D3E77577D3E72BDA13D72BDA13D57C7CC3C57C7CC3C8B86013C8B86013C0837433F0837433FB0DD6E3FB0DD6E3FE4F7033FE4F7033F468E3B3F468E3B3F10A0833E10A0833E0132A83D0132A83DCFF7D43CCFF7D43CDBB4063CDBB4063C0ED5743F0ED5743FCC62463FCC62463F88D1DA3E88D1DA3E90F8403F90F8403F0591883E0591883E21A6AE3D21A6AE3D3A28DD3C3A28DD3C2AE30B3C2AE30B3C2AB48A3E2AB48A3E683B0A3F683B0A3F9383AB3E9383AB3E7531463F7531463F7D7E8D3E7D7E8D3ECE19B53DCE19B53D9658E53C9658E53C7811113C7811113CE9E329BFE9E329BF71BD803E71BD803EC0FD743EC0FD743E9E374B3F9E374B3F5468923E5468923E068DBB3D068DBB3DE388ED3CE388ED3CC53F163CC53F163CA4EF7CBFA4EF7CBF46037EBD46037EBDC381103EC381103EC309503FC309503F6C4E973E6C4E973EC1FFC13DC1FFC13D20B9F53C20B9F53C116E1B3C116E1B3C06DECEBE06DECEBE2B18BDBE2B18BDBE56502A3D56502A3DA6A6543FA6A6543FA5309C3EA5309C3EFE71C83DFE71C83D4DE9FD3C4DE9FD3C5C9C203C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg35 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg35, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.subtract %13, %12 : tensor<2x32xi32>
    %19 = stablehlo.constant dense<8> : tensor<2x32xi32>
    %20 = stablehlo.compare  LT, %18, %19,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %21 = stablehlo.and %14, %20 : tensor<2x32xi1>
    %22 = stablehlo.select %21, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %23 = stablehlo.reshape %arg34 : (tensor<2xi32>) -> tensor<2x1xi32>
    %24 = "stablehlo.gather"(%arg0, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %25 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %26 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %27 = stablehlo.reduce(%24 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %28 = stablehlo.divide %27, %25 : tensor<2xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %30 = stablehlo.subtract %24, %29 : tensor<2x64xf32>
    %31 = stablehlo.multiply %30, %30 : tensor<2x64xf32>
    %32 = stablehlo.reduce(%31 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %33 = stablehlo.divide %32, %25 : tensor<2xf32>
    %34 = stablehlo.constant dense<1.0e-05> : tensor<2xf32>
    %35 = stablehlo.add %33, %34 : tensor<2xf32>
    %36 = stablehlo.rsqrt %35 : tensor<2xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %38 = stablehlo.multiply %30, %37 : tensor<2x64xf32>
    %39 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %40 = stablehlo.multiply %39, %38 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %41 = stablehlo.dot_general %40, %arg3, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %42 = stablehlo.reshape %41 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %43 = stablehlo.dot_general %40, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %45 = stablehlo.dot_general %40, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %46 = stablehlo.reshape %45 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %47 = stablehlo.reshape %42 : (tensor<2x4x16xf32>) -> tensor<2x4x8x2xf32>
    %48 = stablehlo.slice %47 [0:2, 0:4, 0:8, 0:1] : (tensor<2x4x8x2xf32>) -> tensor<2x4x8x1xf32>
    %49 = stablehlo.slice %47 [0:2, 0:4, 0:8, 1:2] : (tensor<2x4x8x2xf32>) -> tensor<2x4x8x1xf32>
    %50 = stablehlo.negate %49 : tensor<2x4x8x1xf32>
    %51 = stablehlo.concatenate %50, %48, dim = 3 : (tensor<2x4x8x1xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x2xf32>
    %52 = stablehlo.reshape %51 : (tensor<2x4x8x2xf32>) -> tensor<2x4x16xf32>
    %53 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %54 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %55 = stablehlo.multiply %52, %54 : tensor<2x4x16xf32>
    %56 = stablehlo.multiply %42, %53 : tensor<2x4x16xf32>
    %57 = stablehlo.add %56, %55 : tensor<2x4x16xf32> loc("layers.0.q")
    %58 = stablehlo.reshape %44 : (tensor<2x2x16xf32>) -> tensor<2x2x8x2xf32>
    %59 = stablehlo.slice %58 [0:2, 0:2, 0:8, 0:1] : (tensor<2x2x8x2xf32>) -> tensor<2x2x8x1xf32>
    %60 = stablehlo.slice %58 [0:2, 0:2, 0:8, 1:2] : (tensor<2x2x8x2xf32>) -> tensor<2x2x8x1xf32>
    %61 = stablehlo.negate %60 : tensor<2x2x8x1xf32>
    %62 = stablehlo.concatenate %61, %59, dim = 3 : (tensor<2x2x8x1xf32>, tensor<2x2x8x1xf32>) -> tensor<2x2x8x2xf32>
    %63 = stablehlo.reshape %62 : (tensor<2x2x8x2xf32>) -> tensor<2x2x16xf32>
    %64 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %65 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %66 = stablehlo.multiply %63, %65 : tensor<2x2x16xf32>
    %67 = stablehlo.multiply %44, %64 : tensor<2x2x16xf32>
    %68 = stablehlo.add %67, %66 : tensor<2x2x16xf32> loc("layers.0.k")
    %69 = stablehlo.slice %68 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %71 = stablehlo.dynamic_update_slice %arg36, %70, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %72 = stablehlo.slice %68 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %74 = stablehlo.dynamic_update_slice %71, %73, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %75 = stablehlo.slice %46 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %77 = stablehlo.dynamic_update_slice %arg37, %76, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %78 = stablehlo.slice %46 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %80 = stablehlo.dynamic_update_slice %77, %79, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %81 = stablehlo.reshape %57 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %82 = stablehlo.dot_general %81, %74, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %83 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %84 = stablehlo.multiply %82, %83 : tensor<2x2x2x32xf32>
    %85 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %86 = stablehlo.add %84, %85 : tensor<2x2x2x32xf32>
    %87 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %88 = stablehlo.reduce(%86 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %90 = stablehlo.subtract %86, %89 : tensor<2x2x2x32xf32>
    %91 = stablehlo.exponential %90 : tensor<2x2x2x32xf32>
    %92 = stablehlo.reduce(%91 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %94 = stablehlo.divide %91, %93 : tensor<2x2x2x32xf32>
    %95 = stablehlo.dot_general %94, %80, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %96 = stablehlo.reshape %95 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %97 = stablehlo.dot_general %96, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %98 = stablehlo.dot_general %40, %arg7, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %99 = stablehlo.dot_general %40, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %100 = stablehlo.logistic %98 : tensor<2x128xf32>
    %101 = stablehlo.multiply %98, %100 : tensor<2x128xf32>
    %102 = stablehlo.multiply %101, %99 : tensor<2x128xf32>
    %103 = stablehlo.dot_general %102, %arg9, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %104 = stablehlo.add %24, %97 : tensor<2x64xf32>
    %105 = stablehlo.add %104, %103 : tensor<2x64xf32> loc("layers.0.out")
    %106 = stablehlo.reduce(%105 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %107 = stablehlo.divide %106, %25 : tensor<2xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %109 = stablehlo.subtract %105, %108 : tensor<2x64xf32>
    %110 = stablehlo.multiply %109, %109 : tensor<2x64xf32>
    %111 = stablehlo.reduce(%110 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %112 = stablehlo.divide %111, %25 : tensor<2xf32>
    %113 = stablehlo.add %112, %34 : tensor<2xf32>
    %114 = stablehlo.rsqrt %113 : tensor<2xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %116 = stablehlo.multiply %109, %115 : tensor<2x64xf32>
    %117 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %118 = stablehlo.multiply %117, %116 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %119 = stablehlo.dot_general %118, %arg11, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %120 = stablehlo.reshape %119 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %121 = stablehlo.dot_general %118, %arg12, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %122 = stablehlo.reshape %121 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %123 = stablehlo.dot_general %118, %arg13, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %124 = stablehlo.reshape %123 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %125 = stablehlo.reshape %120 : (tensor<2x4x16xf32>) -> tensor<2x4x8x2xf32>
    %126 = stablehlo.slice %125 [0:2, 0:4, 0:8, 0:1] : (tensor<2x4x8x2xf32>) -> tensor<2x4x8x1xf32>
    %127 = stablehlo.slice %125 [0:2, 0:4, 0:8, 1:2] : (tensor<2x4x8x2xf32>) -> tensor<2x4x8x1xf32>
    %128 = stablehlo.negate %127 : tensor<2x4x8x1xf32>
    %129 = stablehlo.concatenate %128, %126, dim = 3 : (tensor<2x4x8x1xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x2xf32>
    %130 = stablehlo.reshape %129 : (tensor<2x4x8x2xf32>) -> tensor<2x4x16xf32>
    %131 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %132 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %133 = stablehlo.multiply %130, %132 : tensor<2x4x16xf32>
    %134 = stablehlo.multiply %120, %131 : tensor<2x4x16xf32>
    %135 = stablehlo.add %134, %133 : tensor<2x4x16xf32> loc("layers.1.q")
    %136 = stablehlo.reshape %122 : (tensor<2x2x16xf32>) -> tensor<2x2x8x2xf32>
    %137 = stablehlo.slice %136 [0:2, 0:2, 0:8, 0:1] : (tensor<2x2x8x2xf32>) -> tensor<2x2x8x1xf32>
    %138 = stablehlo.slice %136 [0:2, 0:2, 0:8, 1:2] : (tensor<2x2x8x2xf32>) -> tensor<2x2x8x1xf32>
    %139 = stablehlo.negate %138 : tensor<2x2x8x1xf32>
    %140 = stablehlo.concatenate %139, %137, dim = 3 : (tensor<2x2x8x1xf32>, tensor<2x2x8x1xf32>) -> tensor<2x2x8x2xf32>
    %141 = stablehlo.reshape %140 : (tensor<2x2x8x2xf32>) -> tensor<2x2x16xf32>
    %142 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %143 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<2x2x16xf32>
    %145 = stablehlo.multiply %122, %142 : tensor<2x2x16xf32>
    %146 = stablehlo.add %145, %144 : tensor<2x2x16xf32> loc("layers.1.k")
    %147 = stablehlo.slice %146 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %149 = stablehlo.dynamic_update_slice %arg38, %148, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %150 = stablehlo.slice %146 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %152 = stablehlo.dynamic_update_slice %149, %151, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %153 = stablehlo.slice %124 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %155 = stablehlo.dynamic_update_slice %arg39, %154, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %156 = stablehlo.slice %124 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %158 = stablehlo.dynamic_update_slice %155, %157, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %159 = stablehlo.reshape %135 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %160 = stablehlo.dot_general %159, %152, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %161 = stablehlo.multiply %160, %83 : tensor<2x2x2x32xf32>
    %162 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %163 = stablehlo.add %161, %162 : tensor<2x2x2x32xf32>
    %164 = stablehlo.reduce(%163 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %166 = stablehlo.subtract %163, %165 : tensor<2x2x2x32xf32>
    %167 = stablehlo.exponential %166 : tensor<2x2x2x32xf32>
    %168 = stablehlo.reduce(%167 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %170 = stablehlo.divide %167, %169 : tensor<2x2x2x32xf32>
    %171 = stablehlo.dot_general %170, %158, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %172 = stablehlo.reshape %171 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %173 = stablehlo.dot_general %172, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %174 = stablehlo.dot_general %118, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %175 = stablehlo.dot_general %118, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %176 = stablehlo.logistic %174 : tensor<2x128xf32>
    %177 = stablehlo.multiply %174, %176 : tensor<2x128xf32>
    %178 = stablehlo.multiply %177, %175 : tensor<2x128xf32>
    %179 = stablehlo.dot_general %178, %arg17, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %180 = stablehlo.add %105, %173 : tensor<2x64xf32>
    %181 = stablehlo.add %180, %179 : tensor<2x64xf32> loc("layers.1.out")
    %182 = stablehlo.reduce(%181 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %183 = stablehlo.divide %182, %25 : tensor<2xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %185 = stablehlo.subtract %181, %184 : tensor<2x64xf32>
    %186 = stablehlo.multiply %185, %185 : tensor<2x64xf32>
    %187 = stablehlo.reduce(%186 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %188 = stablehlo.divide %187, %25 : tensor<2xf32>
    %189 = stablehlo.add %188, %34 : tensor<2xf32>
    %190 = stablehlo.rsqrt %189 : tensor<2xf32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %192 = stablehlo.multiply %185, %191 : tensor<2x64xf32>
    %193 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %194 = stablehlo.multiply %193, %192 : tensor<2x64xf32> loc("layers.2.attn_norm")
    %195 = stablehlo.dot_general %194, %arg19, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %197 = stablehlo.dot_general %194, %arg20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %198 = stablehlo.reshape %197 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %199 = stablehlo.dot_general %194, %arg21, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %200 = stablehlo.reshape %199 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %201 = stablehlo.reshape %196 : (tensor<2x4x16xf32>) -> tensor<2x4x8x2xf32>
    %202 = stablehlo.slice %201 [0:2, 0:4, 0:8, 0:1] : (tensor<2x4x8x2xf32>) -> tensor<2x4x8x1xf32>
    %203 = stablehlo.slice %201 [0:2, 0:4, 0:8, 1:2] : (tensor<2x4x8x2xf32>) -> tensor<2x4x8x1xf32>
    %204 = stablehlo.negate %203 : tensor<2x4x8x1xf32>
    %205 = stablehlo.concatenate %204, %202, dim = 3 : (tensor<2x4x8x1xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x2xf32>
    %206 = stablehlo.reshape %205 : (tensor<2x4x8x2xf32>) -> tensor<2x4x16xf32>
    %207 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %208 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<2x4x16xf32>
    %210 = stablehlo.multiply %196, %207 : tensor<2x4x16xf32>
    %211 = stablehlo.add %210, %209 : tensor<2x4x16xf32> loc("layers.2.q")
    %212 = stablehlo.reshape %198 : (tensor<2x2x16xf32>) -> tensor<2x2x8x2xf32>
    %213 = stablehlo.slice %212 [0:2, 0:2, 0:8, 0:1] : (tensor<2x2x8x2xf32>) -> tensor<2x2x8x1xf32>
    %214 = stablehlo.slice %212 [0:2, 0:2, 0:8, 1:2] : (tensor<2x2x8x2xf32>) -> tensor<2x2x8x1xf32>
    %215 = stablehlo.negate %214 : tensor<2x2x8x1xf32>
    %216 = stablehlo.concatenate %215, %213, dim = 3 : (tensor<2x2x8x1xf32>, tensor<2x2x8x1xf32>) -> tensor<2x2x8x2xf32>
    %217 = stablehlo.reshape %216 : (tensor<2x2x8x2xf32>) -> tensor<2x2x16xf32>
    %218 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %219 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %220 = stablehlo.multiply %217, %219 : tensor<2x2x16xf32>
    %221 = stablehlo.multiply %198, %218 : tensor<2x2x16xf32>
    %222 = stablehlo.add %221, %220 : tensor<2x2x16xf32> loc("layers.2.k")
    %223 = stablehlo.slice %222 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %224 = stablehlo.reshape %223 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %225 = stablehlo.dynamic_update_slice %arg40, %224, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %226 = stablehlo.slice %222 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %227 = stablehlo.reshape %226 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %228 = stablehlo.dynamic_update_slice %225, %227, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %229 = stablehlo.slice %200 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %230 = stablehlo.reshape %229 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %231 = stablehlo.dynamic_update_slice %arg41, %230, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %232 = stablehlo.slice %200 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %234 = stablehlo.dynamic_update_slice %231, %233, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %235 = stablehlo.reshape %211 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %236 = stablehlo.dot_general %235, %228, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %237 = stablehlo.multiply %236, %83 : tensor<2x2x2x32xf32>
    %238 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %239 = stablehlo.add %237, %238 : tensor<2x2x2x32xf32>
    %240 = stablehlo.reduce(%239 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %242 = stablehlo.subtract %239, %241 : tensor<2x2x2x32xf32>
    %243 = stablehlo.exponential %242 : tensor<2x2x2x32xf32>
    %244 = stablehlo.reduce(%243 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %246 = stablehlo.divide %243, %245 : tensor<2x2x2x32xf32>
    %247 = stablehlo.dot_general %246, %234, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %248 = stablehlo.reshape %247 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %249 = stablehlo.dot_general %248, %arg22, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.2.attn_out")
    %250 = stablehlo.dot_general %194, %arg23, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %251 = stablehlo.dot_general %194, %arg24, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %252 = stablehlo.logistic %250 : tensor<2x128xf32>
    %253 = stablehlo.multiply %250, %252 : tensor<2x128xf32>
    %254 = stablehlo.multiply %253, %251 : tensor<2x128xf32>
    %255 = stablehlo.dot_general %254, %arg25, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %256 = stablehlo.add %181, %249 : tensor<2x64xf32>
    %257 = stablehlo.add %256, %255 : tensor<2x64xf32> loc("layers.2.out")
    %258 = stablehlo.reduce(%257 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %259 = stablehlo.divide %258, %25 : tensor<2xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %261 = stablehlo.subtract %257, %260 : tensor<2x64xf32>
    %262 = stablehlo.multiply %261, %261 : tensor<2x64xf32>
    %263 = stablehlo.reduce(%262 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %264 = stablehlo.divide %263, %25 : tensor<2xf32>
    %265 = stablehlo.add %264, %34 : tensor<2xf32>
    %266 = stablehlo.rsqrt %265 : tensor<2xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %268 = stablehlo.multiply %261, %267 : tensor<2x64xf32>
    %269 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %270 = stablehlo.multiply %269, %268 : tensor<2x64xf32> loc("layers.3.attn_norm")
    %271 = stablehlo.dot_general %270, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %272 = stablehlo.reshape %271 : (tensor<2x64xf32>) -> tensor<2x4x16xf32> loc("layers.3.q")
    %273 = stablehlo.dot_general %270, %arg28, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %274 = stablehlo.reshape %273 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.3.k")
    %275 = stablehlo.dot_general %270, %arg29, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %276 = stablehlo.reshape %275 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.3.v")
    %277 = stablehlo.slice %274 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %278 = stablehlo.reshape %277 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %279 = stablehlo.dynamic_update_slice %arg42, %278, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %280 = stablehlo.slice %274 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %281 = stablehlo.reshape %280 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %282 = stablehlo.dynamic_update_slice %279, %281, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %283 = stablehlo.slice %276 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %284 = stablehlo.reshape %283 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %285 = stablehlo.dynamic_update_slice %arg43, %284, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %286 = stablehlo.slice %276 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %287 = stablehlo.reshape %286 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %288 = stablehlo.dynamic_update_slice %285, %287, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %289 = stablehlo.reshape %272 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %290 = stablehlo.dot_general %289, %282, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %291 = stablehlo.multiply %290, %83 : tensor<2x2x2x32xf32>
    %292 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %293 = stablehlo.add %291, %292 : tensor<2x2x2x32xf32>
    %294 = stablehlo.reduce(%293 init: %87) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %296 = stablehlo.subtract %293, %295 : tensor<2x2x2x32xf32>
    %297 = stablehlo.exponential %296 : tensor<2x2x2x32xf32>
    %298 = stablehlo.reduce(%297 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %300 = stablehlo.divide %297, %299 : tensor<2x2x2x32xf32>
    %301 = stablehlo.dot_general %300, %288, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %302 = stablehlo.reshape %301 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.3.attn")
    %303 = stablehlo.dot_general %302, %arg30, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.3.attn_out")
    %304 = stablehlo.dot_general %270, %arg31, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %305 = stablehlo.dot_general %270, %arg32, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %306 = stablehlo.logistic %304 : tensor<2x128xf32>
    %307 = stablehlo.multiply %304, %306 : tensor<2x128xf32>
    %308 = stablehlo.multiply %307, %305 : tensor<2x128xf32>
    %309 = stablehlo.dot_general %308, %arg33, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %310 = stablehlo.add %257, %303 : tensor<2x64xf32>
    %311 = stablehlo.add %310, %309 : tensor<2x64xf32> loc("layers.3.out")
    %312 = stablehlo.reduce(%311 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %313 = stablehlo.divide %312, %25 : tensor<2xf32>
    %314 = stablehlo.broadcast_in_dim %313, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %315 = stablehlo.subtract %311, %314 : tensor<2x64xf32>
    %316 = stablehlo.multiply %315, %315 : tensor<2x64xf32>
    %317 = stablehlo.reduce(%316 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %318 = stablehlo.divide %317, %25 : tensor<2xf32>
    %319 = stablehlo.add %318, %34 : tensor<2xf32>
    %320 = stablehlo.rsqrt %319 : tensor<2xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %322 = stablehlo.multiply %315, %321 : tensor<2x64xf32>
    %323 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %324 = stablehlo.multiply %323, %322 : tensor<2x64xf32> loc("final_norm")
    %325 = stablehlo.dot_general %324, %arg0, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32>
    %326 = stablehlo.constant dense<2.5e-01> : tensor<2x256xf32>
    %327 = stablehlo.multiply %325, %326 : tensor<2x256xf32> loc("logits")
    return %327, %74, %80, %152, %158, %228, %234, %282, %288 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
