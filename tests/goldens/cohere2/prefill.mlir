module @prefill {
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
      %arg34: tensor<8xi32> loc("tokens"),
      %arg35: tensor<i32> loc("start"),
      %arg36: tensor<i32> loc("length"),
      %arg37: tensor<i32> loc("slot"),
      %arg38: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg39: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg40: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg41: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg42: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg43: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"),
      %arg44: tensor<2x32x2x16xf32> {tf.aliasing_output = 7 : i32} loc("cache.k.3"),
      %arg45: tensor<2x32x2x16xf32> {tf.aliasing_output = 8 : i32} loc("cache.v.3"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg35, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F40510A3F6A4E733F6A4E733F98B87E3F98B87E3F3CDF7F3F3CDF7F3FB9FC7F3FB9FC7F3FACFF7F3FACFF7F3FF8FF7F3FF8FF7F3FFFFF7F3FFFFF7F3F3311D5BE3311D5BEEC7B4E3FEC7B4E3FA5E57A3FA5E57A3FF97C7F3FF97C7F3FE5F27F3FE5F27F3FB0FE7F3FB0FE7F3FDEFF7F3FDEFF7F3FFDFF7F3FFDFF7F3F26707DBF26707DBF582F153F582F153FEF90743FEF90743F4FD97E3F4FD97E3F83E27F3F83E27F3F0DFD7F3F0DFD7F3FB5FF7F3FB5FF7F3FF8FF7F3FF8FF7F3F305527BF305527BFB12E9A3EB12E9A3EA7CA6B3FA7CA6B3F69F47D3F69F47D3F94CB7F3F94CB7F3FC2FA7F3FC2FA7F3F7AFF7F3F7AFF7F3FF3FF7F3FF3FF7F3F2C3C913E2C3C913EE97229BCE97229BC40A9603F40A9603F81CE7C3F81CE7C3F19AE7F3F19AE7F3FCFF77F3FCFF77F3F2EFF7F3F2EFF7F3FEBFF7F3FEBFF7F3FB8CD753FB8CD753F6D3FA4BE6D3FA4BE3249533F3249533FE3677B3FE3677B3F128A7F3F128A7F3F34F47F3F34F47F3FD2FE7F3FD2FE7F3FE2FF7F3FE2FF7F3FBDFF403FBDFF403FBC7419BFBC7419BFB3CC433FB3CC433FEAC0793FEAC0793F815F7F3F815F7F3FF2EF7F3FF2EF7F3F65FE7F3F65FE7F3FD7FF7F3FD7FF7F3FF6FD14BEF6FD14BEE59151BFE59151BF5F5B323F5F5B323F02DA773F02DA773F662E7F3F662E7F3F08EB7F3F08EB7F3FE7FD7F3FE7FD7F3FCAFF7F3FCAFF7F3FD53F69BFD53F69BFA2E674BFA2E674BFD4211F3FD4211F3FA9B3753FA9B3753FC2F67E3FC2F67E3F76E57F3F76E57F3F59FD7F3F59FD7F3FBCFF7F3FBCFF7F3F64CD56BF64CD56BFFBF17FBFFBF17FBF40510A3F40510A3F6A4E733F6A4E733F98B87E3F98B87E3F3CDF7F3F3CDF7F3FB9FC7F3FB9FC7F3FACFF7F3FACFF7F3F7205913B7205913B8D9B71BF8D9B71BFBF3DE83EBF3DE83EE4AA703FE4AA703FE8737E3FE8737E3F5BD87F3F5BD87F3F09FC7F3F09FC7F3F9AFF7F3F9AFF7F3FD006583FD006583F574F4BBF574F4BBFF386B93EF386B93EC3C96D3FC3C96D3FB5287E3FB5287E3FD2D07F3FD2D07F3F48FB7F3F48FB7F3F87FF7F3F87FF7F3F6F4E683F6F4E683F9DD910BF9DD910BF99F5883E99F5883EC2AB6A3FC2AB6A3F00D77D3F00D77D3FA1C87F3FA1C87F3F76FA7F3F76FA7F3F72FF7F3F72FF7F3FD7040C3ED7040C3E0A0D90BE0A0D90BEDF0B2E3EDF0B2E3EB151673FB151673FCC7E7D3FCC7E7D3FC9BF7F3FC9BF7F3F94F97F3F94F97F3F5CFF7F3F5CFF7F3FE87A42BFE87A42BF9622FE3C9622FE3CAADE903DAADE903D68BC633F68BC633F1A207D3F1A207D3F49B67F3F49B67F3FA1F87F3FA1F87F3F43FF7F3F43FF7F3F2C2975BF2C2975BF2F3EAE3E2F3EAE3EE333EFBCE333EFBCD4EC5F3FD4EC5F3FEDBA7C3FEDBA7C3F22AC7F3F22AC7F3F9DF77F3F9DF77F3F29FF7F3F29FF7F3F36E28CBE36E28CBE51A91D3F51A91D3FD3EF03BED3EF03BEEEE35B3FEEE35B3F494F7C3F494F7C3F53A17F3F53A17F3F88F67F3F88F67F3F0EFF7F3F0EFF7F3F840A293F840A293FE990543FE990543FAFA768BEAFA768BEBEA2573FBEA2573F2EDD7B3F2EDD7B3FDC957F3FDC957F3F62F57F3F62F57F3FF0FE7F3FF0FE7F3FBF1B7D3FBF1B7D3F0764763F0764763F3586A5BE3586A5BE5C2A533F5C2A533FA1647B3FA1647B3FBE897F3FBE897F3F2CF47F3F2CF47F3FD1FE7F3FD1FE7F3F22F0D03E22F0D03EEDC77F3FEDC77F3F3311D5BE3311D5BEEC7B4E3FEC7B4E3FA5E57A3FA5E57A3FF97C7F3FF97C7F3FE5F27F3FE5F27F3FB0FE7F3FB0FE7F3FFC370CBFFC370CBF39CE6F3F39CE6F3F9A3D01BF9A3D01BFA198493FA198493F3C607A3F3C607A3F8C6F7F3F8C6F7F3F8DF17F3F8DF17F3F8EFE7F3F8EFE7F3F6FFD7FBF6FFD7FBF7A0C483F7A0C483F03A816BF03A816BFBB81443FBB81443F6AD4793F6AD4793F78617F3F78617F3F24F07F3F24F07F3F6AFE7F3F6AFE7F3FBF6708BFBF6708BF04740C3F04740C3F10912ABF10912ABF88383F3F88383F3F3342793F3342793FBC527F3FBC527F3FABEE7F3FABEE7F3F44FE7F3F44FE7F3FFE2DD93EFE2DD93EAFDB853EAFDB853ED7C53CBFD7C53CBF62BE393F62BE393F9BA9783F9BA9783F59437F3F59437F3F20ED7F3F20ED7F3F1DFE7F3F1DFE7F3F78BF7D3F78BF7D3F31B853BD31B853BDBF174DBFBF174DBFB014343FB014343FA50A783FA50A783F4E337F3F4E337F3F85EB7F3F85EB7F3FF4FD7F3FF4FD7F3F819C253F819C253FDB29B8BEDB29B8BE115D5BBF115D5BBFE63C2E3FE63C2E3F5565773F5565773F9D227F3F9D227F3FDAE97F3FDAE97F3FC9FD7F3FC9FD7F3F389395BE389395BEA1CC21BFA1CC21BF467167BF467167BF8138283F8138283FB1B9763FB1B9763F44117F3F44117F3F1DE87F3F1DE87F3F9CFD7F3F9CFD7F3F576D76BF576D76BFAA7857BFAA7857BF7B3571BF7B3571BF0D09223F0D09223FBB07763FBB07763F44FF7E3F44FF7E3F50E67F3F50E67F3F6EFD7F3F6EFD7F3FB3803FBFB3803FBF6DC677BF6DC677BFB79078BFB79078BF1FB01B3F1FB01B3F794F753F794F753F9DEC7E3F9DEC7E3F72E47F3F72E47F3F3FFD7F3F3FFD7F3F18F41D3E18F41D3EDC817FBFDC817FBF26707DBF26707DBF562F153F562F153FEF90743FEF90743F4FD97E3F4FD97E3F83E27F3F83E27F3F0DFD7F3F0DFD7F3F8E2C6A3F8E2C6A3FA0E66DBFA0E66DBF52C77FBF52C77FBF5D880E3F5D880E3F22CC733F22CC733F5AC57E3F5AC57E3F83E07F3F83E07F3FDAFC7F3FDAFC7F3F"> : tensor<32x16xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %7 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573FA46A573F3E399F3E3E399F3E7775CC3D7775CC3D5C81013D5C81013D57D6233C57D6233C213E4F3B213E4F3B6E12833A6E12833A60CBA53960CBA539B7C7683FB7C7683F1B54173F1B54173FF96F4B3EF96F4B3EC970813DC970813D3ED4A33C3ED4A33CDD3DCF3BDD3DCF3B6912033B6912033B5FCB253A5FCB253AC381103EC381103EC209503FC209503F6D4E973E6D4E973EC1FFC13DC1FFC13D1FB9F53C1FB9F53C116E1B3C116E1B3C939B443B939B443B0EB1783A0EB1783ACFBD41BFCFBD41BFDE1D743FDE1D743FD761C73ED761C73E892E013E892E013EDBCB233DDBCB233DCE3C4F3CCE3C4F3C5812833B5812833B5DCBA53A5DCBA53A107C75BF107C75BF7FFC7F3F7FFC7F3F4477F53E4477F53E1F3C213E1F3C213EF4B64C3DF4B64C3D8185813C8185813CDED6A33BDED6A33B323ECF3A323ECF3A8C0F8FBE8C0F8FBE4E78723F4E78723F698C103F698C103F6F20413E6F20413ED19C753DD19C753D476C9B3C476C9B3C599BC43B599BC43B06B1F83A06B1F83A4630283F4630283F6EE84C3F6EE84C3F73EB243F73EB243F51D3603E51D3603E323E8F3D323E8F3DA652B53CA652B53CC75FE53BC75FE53BEC11113BEC11113B95467D3F95467D3F7D06133F7D06133FA6A4373FA6A4373F5226803E5226803E50AAA33D50AAA33D8F38CF3C8F38CF3C1312033C1312033C54CB253B54CB253B3201D33E3201D33EEE1F953EEE1F953E1D88483F1D88483F2EC28F3E2EC28F3E3E12B83D3E12B83DF01DE93CF01DE93C3B74133C3B74133CBB843A3BBB843A3BF8440BBFF8440BBF9770A9BC9770A9BCA46A573FA46A573F3F399F3E3F399F3E7675CC3D7675CC3D5C81013D5C81013D58D6233C58D6233C213E4F3B213E4F3B5CFF7FBF5CFF7FBF1F41A9BE1F41A9BE2B26643F2B26643F8C87AE3E8C87AE3E72D3E03D72D3E03D6B730E3D6B730E3D6B38343C6B38343C86F7633B86F7633BD85C09BFD85C09BF24911BBF24911BBF1D9A6E3F1D9A6E3F2CA9BD3E2CA9BD3EAC2BF53DAC2BF53D1D651B3D1D651B3D719A443C719A443CE9B0783BE9B0783B2220D73E2220D73E4C1453BF4C1453BFC0AB763FC0AB763F419ACC3E419ACC3ED0BE043ED0BE043E6A56283D6A56283D6BFC543C6BFC543C25B5863B25B5863B72987D3F72987D3FB3A875BFB3A875BF6F467C3F6F467C3FF556DB3EF556DB3E64E40E3E64E40E3E4747353D4747353D575E653C575E653CD511913BD511913B4479263F4479263F75E07FBF75E07FBFD55B7F3FD55B7F3F85DBE93E85DBE93E4F06193E4F06193EAE37423DAE37423D34C0753C34C0753C846E9B3B846E9B3B106893BE106893BE2EB870BF2EB870BF0EE47F3F0EE47F3F3724F83E3724F83E5024233E5024233E96274F3D96274F3D0111833C0111833C32CBA53B32CBA53B251E76BF251E76BFA9B049BFA9B049BFBFDD7D3FBFDD7D3FB216033FB216033F233E2D3E233E2D3EF6165C3DF6165C3DDE418B3CDE418B3CDE27B03BDE27B03BB34040BFB34040BFC8A80EBFC8A80EBF144E793F144E793FBAF9093FBAF9093F8753373E8753373EC505693DC505693DB372933CB372933C8A84BA3B8A84BA3B6979193E6979193E44F68ABE44F68ABEB940723FB940723F71B9103F71B9103F3A64413E3A64413EFCF3753DFCF3753D7EA39B3C7EA39B3C34E1C43B34E1C43BC8B6693FC8B6693F4F67293D4F67293DB7C7683FB7C7683F1C54173F1C54173FF86F4B3EF86F4B3EC970813DC970813D3FD4A33C3FD4A33CDD3DCF3BDD3DCF3B102F563F102F563F7236B33E7236B33E49FB5C3F49FB5C3F0AC81D3F0AC81D3F8376553E8376553E3FE7873D3FE7873DF504AC3CF504AC3C859AD93B859AD93B150511BC150511BC26BD1F3F26BD1F3F9EF94E3F9EF94E3F9513243F9513243F96775F3E96775F3E5C5D8E3D5C5D8E3DA035B43CA035B43C2BF7E33B2BF7E33BE7A158BFE7A158BFB807563FB807563F8AE63E3F8AE63E3F1F352A3F1F352A3FF072693EF072693E1BD3943D1BD3943D3F66BC3C3F66BC3CD053EE3BD053EE3BFCD367BFFCD367BF9C18773F9C18773F27EB2C3F27EB2C3F182B303F182B303F5168733E5168733E7A489B3D7A489B3DD196C43CD196C43C74B0F83B74B0F83B388707BE388707BE64A87F3F64A87F3F7835193F7835193FF9F3353FF9F3353F77577D3E77577D3E72BDA13D72BDA13D57C7CC3C57C7CC3C8B86013C8B86013C0837433F0837433FB0DD6E3FB0DD6E3FE4F7033FE4F7033F468E3B3F468E3B3F10A0833E10A0833E0132A83D0132A83DCFF7D43CCFF7D43CDBB4063CDBB4063C0ED5743F0ED5743FCC62463FCC62463F88D1DA3E88D1DA3E90F8403F90F8403F0591883E0591883E21A6AE3D21A6AE3D3A28DD3C3A28DD3C2AE30B3C2AE30B3C2AB48A3E2AB48A3E683B0A3F683B0A3F9383AB3E9383AB3E7531463F7531463F7D7E8D3E7D7E8D3ECE19B53DCE19B53D9658E53C9658E53C7811113C7811113CE9E329BFE9E329BF71BD803E71BD803EC0FD743EC0FD743E9E374B3F9E374B3F5468923E5468923E068DBB3D068DBB3DE388ED3CE388ED3CC53F163CC53F163CA4EF7CBFA4EF7CBF46037EBD46037EBDC381103EC381103EC309503FC309503F6C4E973E6C4E973EC1FFC13DC1FFC13D20B9F53C20B9F53C116E1B3C116E1B3C06DECEBE06DECEBE2B18BDBE2B18BDBE56502A3D56502A3DA6A6543FA6A6543FA5309C3EA5309C3EFE71C83DFE71C83D4DE9FD3C4DE9FD3C5C9C203C5C9C203C"> : tensor<32x16xf32>
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
    %21 = stablehlo.reshape %arg34 : (tensor<8xi32>) -> tensor<8x1xi32>
    %22 = "stablehlo.gather"(%arg0, %21) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %23 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %24 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %25 = stablehlo.reduce(%22 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = stablehlo.divide %25, %23 : tensor<8xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %28 = stablehlo.subtract %22, %27 : tensor<8x64xf32>
    %29 = stablehlo.multiply %28, %28 : tensor<8x64xf32>
    %30 = stablehlo.reduce(%29 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %31 = stablehlo.divide %30, %23 : tensor<8xf32>
    %32 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %33 = stablehlo.add %31, %32 : tensor<8xf32>
    %34 = stablehlo.rsqrt %33 : tensor<8xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.multiply %28, %35 : tensor<8x64xf32>
    %37 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.multiply %37, %36 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %39 = stablehlo.dot_general %38, %arg3, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %40 = stablehlo.reshape %39 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %41 = stablehlo.dot_general %38, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %43 = stablehlo.dot_general %38, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %44 = stablehlo.reshape %43 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %45 = stablehlo.reshape %40 : (tensor<8x4x16xf32>) -> tensor<8x4x8x2xf32>
    %46 = stablehlo.slice %45 [0:8, 0:4, 0:8, 0:1] : (tensor<8x4x8x2xf32>) -> tensor<8x4x8x1xf32>
    %47 = stablehlo.slice %45 [0:8, 0:4, 0:8, 1:2] : (tensor<8x4x8x2xf32>) -> tensor<8x4x8x1xf32>
    %48 = stablehlo.negate %47 : tensor<8x4x8x1xf32>
    %49 = stablehlo.concatenate %48, %46, dim = 3 : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x2xf32>
    %50 = stablehlo.reshape %49 : (tensor<8x4x8x2xf32>) -> tensor<8x4x16xf32>
    %51 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %52 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %53 = stablehlo.multiply %50, %52 : tensor<8x4x16xf32>
    %54 = stablehlo.multiply %40, %51 : tensor<8x4x16xf32>
    %55 = stablehlo.add %54, %53 : tensor<8x4x16xf32> loc("layers.0.q")
    %56 = stablehlo.reshape %42 : (tensor<8x2x16xf32>) -> tensor<8x2x8x2xf32>
    %57 = stablehlo.slice %56 [0:8, 0:2, 0:8, 0:1] : (tensor<8x2x8x2xf32>) -> tensor<8x2x8x1xf32>
    %58 = stablehlo.slice %56 [0:8, 0:2, 0:8, 1:2] : (tensor<8x2x8x2xf32>) -> tensor<8x2x8x1xf32>
    %59 = stablehlo.negate %58 : tensor<8x2x8x1xf32>
    %60 = stablehlo.concatenate %59, %57, dim = 3 : (tensor<8x2x8x1xf32>, tensor<8x2x8x1xf32>) -> tensor<8x2x8x2xf32>
    %61 = stablehlo.reshape %60 : (tensor<8x2x8x2xf32>) -> tensor<8x2x16xf32>
    %62 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %63 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %64 = stablehlo.multiply %61, %63 : tensor<8x2x16xf32>
    %65 = stablehlo.multiply %42, %62 : tensor<8x2x16xf32>
    %66 = stablehlo.add %65, %64 : tensor<8x2x16xf32> loc("layers.0.k")
    %67 = stablehlo.reshape %66 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %68 = stablehlo.dynamic_update_slice %arg38, %67, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %69 = stablehlo.reshape %44 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %70 = stablehlo.dynamic_update_slice %arg39, %69, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %71 = stablehlo.reshape %55 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %72 = stablehlo.dynamic_slice %68, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %74 = stablehlo.dynamic_slice %70, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %76 = stablehlo.dot_general %71, %73, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %77 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<2x8x2x32xf32>
    %79 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %80 = stablehlo.add %78, %79 : tensor<2x8x2x32xf32>
    %81 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %84 = stablehlo.subtract %80, %83 : tensor<2x8x2x32xf32>
    %85 = stablehlo.exponential %84 : tensor<2x8x2x32xf32>
    %86 = stablehlo.reduce(%85 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %88 = stablehlo.divide %85, %87 : tensor<2x8x2x32xf32>
    %89 = stablehlo.dot_general %88, %75, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %90 = stablehlo.transpose %89, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %91 = stablehlo.reshape %90 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %92 = stablehlo.dot_general %91, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %93 = stablehlo.dot_general %38, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %94 = stablehlo.dot_general %38, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %95 = stablehlo.logistic %93 : tensor<8x128xf32>
    %96 = stablehlo.multiply %93, %95 : tensor<8x128xf32>
    %97 = stablehlo.multiply %96, %94 : tensor<8x128xf32>
    %98 = stablehlo.dot_general %97, %arg9, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %99 = stablehlo.add %22, %92 : tensor<8x64xf32>
    %100 = stablehlo.add %99, %98 : tensor<8x64xf32> loc("layers.0.out")
    %101 = stablehlo.reduce(%100 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %102 = stablehlo.divide %101, %23 : tensor<8xf32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %104 = stablehlo.subtract %100, %103 : tensor<8x64xf32>
    %105 = stablehlo.multiply %104, %104 : tensor<8x64xf32>
    %106 = stablehlo.reduce(%105 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %107 = stablehlo.divide %106, %23 : tensor<8xf32>
    %108 = stablehlo.add %107, %32 : tensor<8xf32>
    %109 = stablehlo.rsqrt %108 : tensor<8xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %111 = stablehlo.multiply %104, %110 : tensor<8x64xf32>
    %112 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %113 = stablehlo.multiply %112, %111 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %114 = stablehlo.dot_general %113, %arg11, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %115 = stablehlo.reshape %114 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %116 = stablehlo.dot_general %113, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %117 = stablehlo.reshape %116 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %118 = stablehlo.dot_general %113, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %119 = stablehlo.reshape %118 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %120 = stablehlo.reshape %115 : (tensor<8x4x16xf32>) -> tensor<8x4x8x2xf32>
    %121 = stablehlo.slice %120 [0:8, 0:4, 0:8, 0:1] : (tensor<8x4x8x2xf32>) -> tensor<8x4x8x1xf32>
    %122 = stablehlo.slice %120 [0:8, 0:4, 0:8, 1:2] : (tensor<8x4x8x2xf32>) -> tensor<8x4x8x1xf32>
    %123 = stablehlo.negate %122 : tensor<8x4x8x1xf32>
    %124 = stablehlo.concatenate %123, %121, dim = 3 : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x2xf32>
    %125 = stablehlo.reshape %124 : (tensor<8x4x8x2xf32>) -> tensor<8x4x16xf32>
    %126 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %127 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<8x4x16xf32>
    %129 = stablehlo.multiply %115, %126 : tensor<8x4x16xf32>
    %130 = stablehlo.add %129, %128 : tensor<8x4x16xf32> loc("layers.1.q")
    %131 = stablehlo.reshape %117 : (tensor<8x2x16xf32>) -> tensor<8x2x8x2xf32>
    %132 = stablehlo.slice %131 [0:8, 0:2, 0:8, 0:1] : (tensor<8x2x8x2xf32>) -> tensor<8x2x8x1xf32>
    %133 = stablehlo.slice %131 [0:8, 0:2, 0:8, 1:2] : (tensor<8x2x8x2xf32>) -> tensor<8x2x8x1xf32>
    %134 = stablehlo.negate %133 : tensor<8x2x8x1xf32>
    %135 = stablehlo.concatenate %134, %132, dim = 3 : (tensor<8x2x8x1xf32>, tensor<8x2x8x1xf32>) -> tensor<8x2x8x2xf32>
    %136 = stablehlo.reshape %135 : (tensor<8x2x8x2xf32>) -> tensor<8x2x16xf32>
    %137 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %138 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %139 = stablehlo.multiply %136, %138 : tensor<8x2x16xf32>
    %140 = stablehlo.multiply %117, %137 : tensor<8x2x16xf32>
    %141 = stablehlo.add %140, %139 : tensor<8x2x16xf32> loc("layers.1.k")
    %142 = stablehlo.reshape %141 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %143 = stablehlo.dynamic_update_slice %arg40, %142, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %144 = stablehlo.reshape %119 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %145 = stablehlo.dynamic_update_slice %arg41, %144, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %146 = stablehlo.reshape %130 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %147 = stablehlo.dynamic_slice %143, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %149 = stablehlo.dynamic_slice %145, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %151 = stablehlo.dot_general %146, %148, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %152 = stablehlo.multiply %151, %77 : tensor<2x8x2x32xf32>
    %153 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %154 = stablehlo.add %152, %153 : tensor<2x8x2x32xf32>
    %155 = stablehlo.reduce(%154 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %157 = stablehlo.subtract %154, %156 : tensor<2x8x2x32xf32>
    %158 = stablehlo.exponential %157 : tensor<2x8x2x32xf32>
    %159 = stablehlo.reduce(%158 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %161 = stablehlo.divide %158, %160 : tensor<2x8x2x32xf32>
    %162 = stablehlo.dot_general %161, %150, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %163 = stablehlo.transpose %162, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %164 = stablehlo.reshape %163 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %165 = stablehlo.dot_general %164, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %166 = stablehlo.dot_general %113, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %167 = stablehlo.dot_general %113, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %168 = stablehlo.logistic %166 : tensor<8x128xf32>
    %169 = stablehlo.multiply %166, %168 : tensor<8x128xf32>
    %170 = stablehlo.multiply %169, %167 : tensor<8x128xf32>
    %171 = stablehlo.dot_general %170, %arg17, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %172 = stablehlo.add %100, %165 : tensor<8x64xf32>
    %173 = stablehlo.add %172, %171 : tensor<8x64xf32> loc("layers.1.out")
    %174 = stablehlo.reduce(%173 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %175 = stablehlo.divide %174, %23 : tensor<8xf32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %177 = stablehlo.subtract %173, %176 : tensor<8x64xf32>
    %178 = stablehlo.multiply %177, %177 : tensor<8x64xf32>
    %179 = stablehlo.reduce(%178 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %180 = stablehlo.divide %179, %23 : tensor<8xf32>
    %181 = stablehlo.add %180, %32 : tensor<8xf32>
    %182 = stablehlo.rsqrt %181 : tensor<8xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %184 = stablehlo.multiply %177, %183 : tensor<8x64xf32>
    %185 = stablehlo.broadcast_in_dim %arg18, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %186 = stablehlo.multiply %185, %184 : tensor<8x64xf32> loc("layers.2.attn_norm")
    %187 = stablehlo.dot_general %186, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %188 = stablehlo.reshape %187 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %189 = stablehlo.dot_general %186, %arg20, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %190 = stablehlo.reshape %189 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %191 = stablehlo.dot_general %186, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %192 = stablehlo.reshape %191 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.2.v")
    %193 = stablehlo.reshape %188 : (tensor<8x4x16xf32>) -> tensor<8x4x8x2xf32>
    %194 = stablehlo.slice %193 [0:8, 0:4, 0:8, 0:1] : (tensor<8x4x8x2xf32>) -> tensor<8x4x8x1xf32>
    %195 = stablehlo.slice %193 [0:8, 0:4, 0:8, 1:2] : (tensor<8x4x8x2xf32>) -> tensor<8x4x8x1xf32>
    %196 = stablehlo.negate %195 : tensor<8x4x8x1xf32>
    %197 = stablehlo.concatenate %196, %194, dim = 3 : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x2xf32>
    %198 = stablehlo.reshape %197 : (tensor<8x4x8x2xf32>) -> tensor<8x4x16xf32>
    %199 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %200 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %201 = stablehlo.multiply %198, %200 : tensor<8x4x16xf32>
    %202 = stablehlo.multiply %188, %199 : tensor<8x4x16xf32>
    %203 = stablehlo.add %202, %201 : tensor<8x4x16xf32> loc("layers.2.q")
    %204 = stablehlo.reshape %190 : (tensor<8x2x16xf32>) -> tensor<8x2x8x2xf32>
    %205 = stablehlo.slice %204 [0:8, 0:2, 0:8, 0:1] : (tensor<8x2x8x2xf32>) -> tensor<8x2x8x1xf32>
    %206 = stablehlo.slice %204 [0:8, 0:2, 0:8, 1:2] : (tensor<8x2x8x2xf32>) -> tensor<8x2x8x1xf32>
    %207 = stablehlo.negate %206 : tensor<8x2x8x1xf32>
    %208 = stablehlo.concatenate %207, %205, dim = 3 : (tensor<8x2x8x1xf32>, tensor<8x2x8x1xf32>) -> tensor<8x2x8x2xf32>
    %209 = stablehlo.reshape %208 : (tensor<8x2x8x2xf32>) -> tensor<8x2x16xf32>
    %210 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %211 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %212 = stablehlo.multiply %209, %211 : tensor<8x2x16xf32>
    %213 = stablehlo.multiply %190, %210 : tensor<8x2x16xf32>
    %214 = stablehlo.add %213, %212 : tensor<8x2x16xf32> loc("layers.2.k")
    %215 = stablehlo.reshape %214 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %216 = stablehlo.dynamic_update_slice %arg42, %215, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %217 = stablehlo.reshape %192 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %218 = stablehlo.dynamic_update_slice %arg43, %217, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %219 = stablehlo.reshape %203 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %220 = stablehlo.dynamic_slice %216, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %221 = stablehlo.reshape %220 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %222 = stablehlo.dynamic_slice %218, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %223 = stablehlo.reshape %222 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %224 = stablehlo.dot_general %219, %221, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %225 = stablehlo.multiply %224, %77 : tensor<2x8x2x32xf32>
    %226 = stablehlo.broadcast_in_dim %20, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %227 = stablehlo.add %225, %226 : tensor<2x8x2x32xf32>
    %228 = stablehlo.reduce(%227 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %230 = stablehlo.subtract %227, %229 : tensor<2x8x2x32xf32>
    %231 = stablehlo.exponential %230 : tensor<2x8x2x32xf32>
    %232 = stablehlo.reduce(%231 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %234 = stablehlo.divide %231, %233 : tensor<2x8x2x32xf32>
    %235 = stablehlo.dot_general %234, %223, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %236 = stablehlo.transpose %235, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %237 = stablehlo.reshape %236 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.2.attn")
    %238 = stablehlo.dot_general %237, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.2.attn_out")
    %239 = stablehlo.dot_general %186, %arg23, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %240 = stablehlo.dot_general %186, %arg24, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %241 = stablehlo.logistic %239 : tensor<8x128xf32>
    %242 = stablehlo.multiply %239, %241 : tensor<8x128xf32>
    %243 = stablehlo.multiply %242, %240 : tensor<8x128xf32>
    %244 = stablehlo.dot_general %243, %arg25, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %245 = stablehlo.add %173, %238 : tensor<8x64xf32>
    %246 = stablehlo.add %245, %244 : tensor<8x64xf32> loc("layers.2.out")
    %247 = stablehlo.reduce(%246 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %248 = stablehlo.divide %247, %23 : tensor<8xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %250 = stablehlo.subtract %246, %249 : tensor<8x64xf32>
    %251 = stablehlo.multiply %250, %250 : tensor<8x64xf32>
    %252 = stablehlo.reduce(%251 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %253 = stablehlo.divide %252, %23 : tensor<8xf32>
    %254 = stablehlo.add %253, %32 : tensor<8xf32>
    %255 = stablehlo.rsqrt %254 : tensor<8xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %257 = stablehlo.multiply %250, %256 : tensor<8x64xf32>
    %258 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %259 = stablehlo.multiply %258, %257 : tensor<8x64xf32> loc("layers.3.attn_norm")
    %260 = stablehlo.dot_general %259, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %261 = stablehlo.reshape %260 : (tensor<8x64xf32>) -> tensor<8x4x16xf32> loc("layers.3.q")
    %262 = stablehlo.dot_general %259, %arg28, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %263 = stablehlo.reshape %262 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.3.k")
    %264 = stablehlo.dot_general %259, %arg29, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %265 = stablehlo.reshape %264 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.3.v")
    %266 = stablehlo.reshape %263 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %267 = stablehlo.dynamic_update_slice %arg44, %266, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %268 = stablehlo.reshape %265 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %269 = stablehlo.dynamic_update_slice %arg45, %268, %arg37, %arg35, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %270 = stablehlo.reshape %261 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %271 = stablehlo.dynamic_slice %267, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %272 = stablehlo.reshape %271 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %273 = stablehlo.dynamic_slice %269, %arg37, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %274 = stablehlo.reshape %273 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %275 = stablehlo.dot_general %270, %272, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %276 = stablehlo.multiply %275, %77 : tensor<2x8x2x32xf32>
    %277 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %278 = stablehlo.add %276, %277 : tensor<2x8x2x32xf32>
    %279 = stablehlo.reduce(%278 init: %81) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %281 = stablehlo.subtract %278, %280 : tensor<2x8x2x32xf32>
    %282 = stablehlo.exponential %281 : tensor<2x8x2x32xf32>
    %283 = stablehlo.reduce(%282 init: %24) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %285 = stablehlo.divide %282, %284 : tensor<2x8x2x32xf32>
    %286 = stablehlo.dot_general %285, %274, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %287 = stablehlo.transpose %286, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %288 = stablehlo.reshape %287 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.3.attn")
    %289 = stablehlo.dot_general %288, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.3.attn_out")
    %290 = stablehlo.dot_general %259, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %291 = stablehlo.dot_general %259, %arg32, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %292 = stablehlo.logistic %290 : tensor<8x128xf32>
    %293 = stablehlo.multiply %290, %292 : tensor<8x128xf32>
    %294 = stablehlo.multiply %293, %291 : tensor<8x128xf32>
    %295 = stablehlo.dot_general %294, %arg33, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %296 = stablehlo.add %246, %289 : tensor<8x64xf32>
    %297 = stablehlo.add %296, %295 : tensor<8x64xf32> loc("layers.3.out")
    %298 = stablehlo.constant dense<1> : tensor<i32>
    %299 = stablehlo.subtract %arg36, %298 : tensor<i32>
    %300 = stablehlo.dynamic_slice %297, %299, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %301 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %302 = stablehlo.reduce(%300 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %303 = stablehlo.divide %302, %301 : tensor<1xf32>
    %304 = stablehlo.broadcast_in_dim %303, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %305 = stablehlo.subtract %300, %304 : tensor<1x64xf32>
    %306 = stablehlo.multiply %305, %305 : tensor<1x64xf32>
    %307 = stablehlo.reduce(%306 init: %24) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %308 = stablehlo.divide %307, %301 : tensor<1xf32>
    %309 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %310 = stablehlo.add %308, %309 : tensor<1xf32>
    %311 = stablehlo.rsqrt %310 : tensor<1xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %313 = stablehlo.multiply %305, %312 : tensor<1x64xf32>
    %314 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %315 = stablehlo.multiply %314, %313 : tensor<1x64xf32> loc("final_norm")
    %316 = stablehlo.dot_general %315, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %317 = stablehlo.constant dense<2.5e-01> : tensor<1x256xf32>
    %318 = stablehlo.multiply %316, %317 : tensor<1x256xf32>
    %319 = stablehlo.reshape %318 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %319, %68, %70, %143, %145, %216, %218, %267, %269 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
