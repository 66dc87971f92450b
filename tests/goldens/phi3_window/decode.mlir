module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<64x64xf32> loc("model.layers.0.self_attn.qkv_proj.weight[0:64]"),
      %arg5: tensor<32x64xf32> loc("model.layers.0.self_attn.qkv_proj.weight[64:96]"),
      %arg6: tensor<32x64xf32> loc("model.layers.0.self_attn.qkv_proj.weight[96:128]"),
      %arg7: tensor<64x64xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg8: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg9: tensor<128x64xf32> loc("model.layers.0.mlp.gate_up_proj.weight[0:128]"),
      %arg10: tensor<128x64xf32> loc("model.layers.0.mlp.gate_up_proj.weight[128:256]"),
      %arg11: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg12: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg13: tensor<64x64xf32> loc("model.layers.1.self_attn.qkv_proj.weight[0:64]"),
      %arg14: tensor<32x64xf32> loc("model.layers.1.self_attn.qkv_proj.weight[64:96]"),
      %arg15: tensor<32x64xf32> loc("model.layers.1.self_attn.qkv_proj.weight[96:128]"),
      %arg16: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg17: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg18: tensor<128x64xf32> loc("model.layers.1.mlp.gate_up_proj.weight[0:128]"),
      %arg19: tensor<128x64xf32> loc("model.layers.1.mlp.gate_up_proj.weight[128:256]"),
      %arg20: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg21: tensor<64xf32> loc("model.layers.2.input_layernorm.weight"),
      %arg22: tensor<64x64xf32> loc("model.layers.2.self_attn.qkv_proj.weight[0:64]"),
      %arg23: tensor<32x64xf32> loc("model.layers.2.self_attn.qkv_proj.weight[64:96]"),
      %arg24: tensor<32x64xf32> loc("model.layers.2.self_attn.qkv_proj.weight[96:128]"),
      %arg25: tensor<64x64xf32> loc("model.layers.2.self_attn.o_proj.weight"),
      %arg26: tensor<64xf32> loc("model.layers.2.post_attention_layernorm.weight"),
      %arg27: tensor<128x64xf32> loc("model.layers.2.mlp.gate_up_proj.weight[0:128]"),
      %arg28: tensor<128x64xf32> loc("model.layers.2.mlp.gate_up_proj.weight[128:256]"),
      %arg29: tensor<64x128xf32> loc("model.layers.2.mlp.down_proj.weight"),
      %arg30: tensor<2xi32> loc("tokens"),
      %arg31: tensor<2xi32> loc("pos"),
      %arg32: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg33: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg34: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg35: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"),
      %arg36: tensor<2x32x2x16xf32> {tf.aliasing_output = 5 : i32} loc("cache.k.2"),
      %arg37: tensor<2x32x2x16xf32> {tf.aliasing_output = 6 : i32} loc("cache.v.2"))
      -> (tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg31 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg31 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF582F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2C3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6D3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8D9B71BFBF3DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF386B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD7040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9622FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F2C2975BF2F3EAE3EE333EFBCD4EC5F3FEDBA7C3F22AC7F3F9DF77F3F29FF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F36E28CBE51A91D3FD3EF03BEEEE35B3F494F7C3F53A17F3F88F67F3F0EFF7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3F840A293FE990543FAFA768BEBEA2573F2EDD7B3FDC957F3F62F57F3FF0FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3FBF1B7D3F0764763F3586A5BE5C2A533FA1647B3FBE897F3F2CF47F3FD1FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3F22F0D03EEDC77F3F3311D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3FFC370CBF39CE6F3F9A3D01BFA198493F3C607A3F8C6F7F3F8DF17F3F8EFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3F6FFD7FBF7A0C483F03A816BFBB81443F6AD4793F78617F3F24F07F3F6AFE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FBF6708BF04740C3F10912ABF88383F3F3342793FBC527F3FABEE7F3F44FE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3FFE2DD93EAFDB853ED7C53CBF62BE393F9BA9783F59437F3F20ED7F3F1DFE7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F78BF7D3F31B853BDBF174DBFB014343FA50A783F4E337F3F85EB7F3FF4FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F819C253FDB29B8BE115D5BBFE63C2E3F5565773F9D227F3FDAE97F3FC9FD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F389395BEA1CC21BF467167BF8138283FB1B9763F44117F3F1DE87F3F9CFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3F576D76BFAA7857BF7B3571BF0D09223FBB07763F44FF7E3F50E67F3F6EFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3FB3803FBF6DC677BFB79078BF1FB01B3F794F753F9DEC7E3F72E47F3F3FFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F18F41D3EDC817FBF26707DBF562F153FEF90743F4FD97E3F83E27F3F0DFD7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F8E2C6A3FA0E66DBF52C77FBF5D880E3F22CC733F5AC57E3F83E07F3FDAFC7F3F"> : tensor<32x16xf32>
    %7 = stablehlo.reshape %arg31 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %9 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A46A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7D06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3201D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF8440BBF9770A9BCA46A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2B26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2220D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B106893BE2EB870BF0EE47F3F3724F83E5024233E96274F3D0111833C32CBA53B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03B251E76BFA9B049BFBFDD7D3FB216033F233E2D3EF6165C3DDE418B3CDE27B03BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3BB34040BFC8A80EBF144E793FBAF9093F8753373EC505693DB372933C8A84BA3B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43B6979193E44F68ABEB940723F71B9103F3A64413EFCF3753D7EA39B3C34E1C43BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3BC8B6693F4F67293DB7C7683F1C54173FF86F4B3EC970813D3FD4A33CDD3DCF3B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B102F563F7236B33E49FB5C3F0AC81D3F8376553E3FE7873DF504AC3C859AD93B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33B150511BC26BD1F3F9EF94E3F9513243F96775F3E5C5D8E3DA035B43C2BF7E33BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BE7A158BFB807563F8AE63E3F1F352A3FF072693E1BD3943D3F66BC3CD053EE3BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83BFCD367BF9C18773F27EB2C3F182B303F5168733E7A489B3DD196C43C74B0F83B388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C388707BE64A87F3F7835193FF9F3353F77577D3E72BDA13D57C7CC3C8B86013C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0837433FB0DD6E3FE4F7033F468E3B3F10A0833E0132A83DCFF7D43CDBB4063C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C0ED5743FCC62463F88D1DA3E90F8403F0591883E21A6AE3D3A28DD3C2AE30B3C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113C2AB48A3E683B0A3F9383AB3E7531463F7D7E8D3ECE19B53D9658E53C7811113CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CE9E329BF71BD803EC0FD743E9E374B3F5468923E068DBB3DE388ED3CC53F163CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3CA4EF7CBF46037EBDC381103EC309503F6C4E973EC1FFC13D20B9F53C116E1B3C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C06DECEBE2B18BDBE56502A3DA6A6543FA5309C3EFE71C83D4DE9FD3C5C9C203C"> : tensor<32x16xf32>
    %10 = stablehlo.reshape %arg31 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<2x1xi32>) -> tensor<2x16xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg31, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.subtract %13, %12 : tensor<2x32xi32>
    %19 = stablehlo.constant dense<8> : tensor<2x32xi32>
    %20 = stablehlo.compare  LT, %18, %19,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %21 = stablehlo.and %14, %20 : tensor<2x32xi1>
    %22 = stablehlo.select %21, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %23 = stablehlo.reshape %arg30 : (tensor<2xi32>) -> tensor<2x1xi32>
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
    %35 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %36 = stablehlo.multiply %35, %34 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %37 = stablehlo.dot_general %36, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %38 = stablehlo.reshape %37 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %39 = stablehlo.dot_general %36, %arg5, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %41 = stablehlo.dot_general %36, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.0.v")
    %43 = stablehlo.slice %38 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %44 = stablehlo.slice %38 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %45 = stablehlo.negate %44 : tensor<2x4x8xf32>
    %46 = stablehlo.concatenate %45, %43, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %47 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %48 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %49 = stablehlo.multiply %46, %48 : tensor<2x4x16xf32>
    %50 = stablehlo.multiply %38, %47 : tensor<2x4x16xf32>
    %51 = stablehlo.add %50, %49 : tensor<2x4x16xf32> loc("layers.0.q")
    %52 = stablehlo.slice %40 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %53 = stablehlo.slice %40 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %54 = stablehlo.negate %53 : tensor<2x2x8xf32>
    %55 = stablehlo.concatenate %54, %52, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %56 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %57 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %58 = stablehlo.multiply %55, %57 : tensor<2x2x16xf32>
    %59 = stablehlo.multiply %40, %56 : tensor<2x2x16xf32>
    %60 = stablehlo.add %59, %58 : tensor<2x2x16xf32> loc("layers.0.k")
    %61 = stablehlo.slice %60 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %63 = stablehlo.dynamic_update_slice %arg32, %62, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %64 = stablehlo.slice %60 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %66 = stablehlo.dynamic_update_slice %63, %65, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %67 = stablehlo.slice %42 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %69 = stablehlo.dynamic_update_slice %arg33, %68, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %70 = stablehlo.slice %42 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %72 = stablehlo.dynamic_update_slice %69, %71, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %73 = stablehlo.reshape %51 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %74 = stablehlo.dot_general %73, %66, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %75 = stablehlo.constant dense<2.5e-01> : tensor<2x2x2x32xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<2x2x2x32xf32>
    %77 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %78 = stablehlo.add %76, %77 : tensor<2x2x2x32xf32>
    %79 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.reduce(%78 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %82 = stablehlo.subtract %78, %81 : tensor<2x2x2x32xf32>
    %83 = stablehlo.exponential %82 : tensor<2x2x2x32xf32>
    %84 = stablehlo.reduce(%83 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %86 = stablehlo.divide %83, %85 : tensor<2x2x2x32xf32>
    %87 = stablehlo.dot_general %86, %72, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %88 = stablehlo.reshape %87 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.0.attn")
    %89 = stablehlo.dot_general %88, %arg7, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %90 = stablehlo.add %24, %89 : tensor<2x64xf32>
    %91 = stablehlo.multiply %90, %90 : tensor<2x64xf32>
    %92 = stablehlo.reduce(%91 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %93 = stablehlo.divide %92, %28 : tensor<2xf32>
    %94 = stablehlo.add %93, %30 : tensor<2xf32>
    %95 = stablehlo.rsqrt %94 : tensor<2xf32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %97 = stablehlo.multiply %90, %96 : tensor<2x64xf32>
    %98 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %99 = stablehlo.multiply %98, %97 : tensor<2x64xf32>
    %100 = stablehlo.dot_general %99, %arg9, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %101 = stablehlo.dot_general %99, %arg10, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %102 = stablehlo.logistic %100 : tensor<2x128xf32>
    %103 = stablehlo.multiply %100, %102 : tensor<2x128xf32>
    %104 = stablehlo.multiply %103, %101 : tensor<2x128xf32>
    %105 = stablehlo.dot_general %104, %arg11, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %106 = stablehlo.add %90, %105 : tensor<2x64xf32> loc("layers.0.out")
    %107 = stablehlo.multiply %106, %106 : tensor<2x64xf32>
    %108 = stablehlo.reduce(%107 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %109 = stablehlo.divide %108, %28 : tensor<2xf32>
    %110 = stablehlo.add %109, %30 : tensor<2xf32>
    %111 = stablehlo.rsqrt %110 : tensor<2xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %113 = stablehlo.multiply %106, %112 : tensor<2x64xf32>
    %114 = stablehlo.broadcast_in_dim %arg12, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %115 = stablehlo.multiply %114, %113 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %116 = stablehlo.dot_general %115, %arg13, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %117 = stablehlo.reshape %116 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %118 = stablehlo.dot_general %115, %arg14, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %119 = stablehlo.reshape %118 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %120 = stablehlo.dot_general %115, %arg15, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %121 = stablehlo.reshape %120 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.1.v")
    %122 = stablehlo.slice %117 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %123 = stablehlo.slice %117 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %124 = stablehlo.negate %123 : tensor<2x4x8xf32>
    %125 = stablehlo.concatenate %124, %122, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %126 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %127 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<2x4x16xf32>
    %129 = stablehlo.multiply %117, %126 : tensor<2x4x16xf32>
    %130 = stablehlo.add %129, %128 : tensor<2x4x16xf32> loc("layers.1.q")
    %131 = stablehlo.slice %119 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %132 = stablehlo.slice %119 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %133 = stablehlo.negate %132 : tensor<2x2x8xf32>
    %134 = stablehlo.concatenate %133, %131, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %135 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %136 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<2x2x16xf32>
    %138 = stablehlo.multiply %119, %135 : tensor<2x2x16xf32>
    %139 = stablehlo.add %138, %137 : tensor<2x2x16xf32> loc("layers.1.k")
    %140 = stablehlo.slice %139 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %142 = stablehlo.dynamic_update_slice %arg34, %141, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %143 = stablehlo.slice %139 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %144 = stablehlo.reshape %143 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %145 = stablehlo.dynamic_update_slice %142, %144, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %146 = stablehlo.slice %121 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %148 = stablehlo.dynamic_update_slice %arg35, %147, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %149 = stablehlo.slice %121 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %151 = stablehlo.dynamic_update_slice %148, %150, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %152 = stablehlo.reshape %130 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %153 = stablehlo.dot_general %152, %145, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %154 = stablehlo.multiply %153, %75 : tensor<2x2x2x32xf32>
    %155 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %156 = stablehlo.add %154, %155 : tensor<2x2x2x32xf32>
    %157 = stablehlo.reduce(%156 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %159 = stablehlo.subtract %156, %158 : tensor<2x2x2x32xf32>
    %160 = stablehlo.exponential %159 : tensor<2x2x2x32xf32>
    %161 = stablehlo.reduce(%160 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %163 = stablehlo.divide %160, %162 : tensor<2x2x2x32xf32>
    %164 = stablehlo.dot_general %163, %151, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %165 = stablehlo.reshape %164 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.1.attn")
    %166 = stablehlo.dot_general %165, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %167 = stablehlo.add %106, %166 : tensor<2x64xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<2x64xf32>
    %169 = stablehlo.reduce(%168 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %170 = stablehlo.divide %169, %28 : tensor<2xf32>
    %171 = stablehlo.add %170, %30 : tensor<2xf32>
    %172 = stablehlo.rsqrt %171 : tensor<2xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %174 = stablehlo.multiply %167, %173 : tensor<2x64xf32>
    %175 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %176 = stablehlo.multiply %175, %174 : tensor<2x64xf32>
    %177 = stablehlo.dot_general %176, %arg18, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %178 = stablehlo.dot_general %176, %arg19, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %179 = stablehlo.logistic %177 : tensor<2x128xf32>
    %180 = stablehlo.multiply %177, %179 : tensor<2x128xf32>
    %181 = stablehlo.multiply %180, %178 : tensor<2x128xf32>
    %182 = stablehlo.dot_general %181, %arg20, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %183 = stablehlo.add %167, %182 : tensor<2x64xf32> loc("layers.1.out")
    %184 = stablehlo.multiply %183, %183 : tensor<2x64xf32>
    %185 = stablehlo.reduce(%184 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %186 = stablehlo.divide %185, %28 : tensor<2xf32>
    %187 = stablehlo.add %186, %30 : tensor<2xf32>
    %188 = stablehlo.rsqrt %187 : tensor<2xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %190 = stablehlo.multiply %183, %189 : tensor<2x64xf32>
    %191 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %192 = stablehlo.multiply %191, %190 : tensor<2x64xf32> loc("layers.2.attn_norm")
    %193 = stablehlo.dot_general %192, %arg22, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
    %194 = stablehlo.reshape %193 : (tensor<2x64xf32>) -> tensor<2x4x16xf32>
    %195 = stablehlo.dot_general %192, %arg23, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %196 = stablehlo.reshape %195 : (tensor<2x32xf32>) -> tensor<2x2x16xf32>
    %197 = stablehlo.dot_general %192, %arg24, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<32x64xf32>) -> tensor<2x32xf32>
    %198 = stablehlo.reshape %197 : (tensor<2x32xf32>) -> tensor<2x2x16xf32> loc("layers.2.v")
    %199 = stablehlo.slice %194 [0:2, 0:4, 0:8] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %200 = stablehlo.slice %194 [0:2, 0:4, 8:16] : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %201 = stablehlo.negate %200 : tensor<2x4x8xf32>
    %202 = stablehlo.concatenate %201, %199, dim = 2 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x16xf32>
    %203 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %204 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x4x16xf32>
    %205 = stablehlo.multiply %202, %204 : tensor<2x4x16xf32>
    %206 = stablehlo.multiply %194, %203 : tensor<2x4x16xf32>
    %207 = stablehlo.add %206, %205 : tensor<2x4x16xf32> loc("layers.2.q")
    %208 = stablehlo.slice %196 [0:2, 0:2, 0:8] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %209 = stablehlo.slice %196 [0:2, 0:2, 8:16] : (tensor<2x2x16xf32>) -> tensor<2x2x8xf32>
    %210 = stablehlo.negate %209 : tensor<2x2x8xf32>
    %211 = stablehlo.concatenate %210, %208, dim = 2 : (tensor<2x2x8xf32>, tensor<2x2x8xf32>) -> tensor<2x2x16xf32>
    %212 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %213 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x16xf32>) -> tensor<2x2x16xf32>
    %214 = stablehlo.multiply %211, %213 : tensor<2x2x16xf32>
    %215 = stablehlo.multiply %196, %212 : tensor<2x2x16xf32>
    %216 = stablehlo.add %215, %214 : tensor<2x2x16xf32> loc("layers.2.k")
    %217 = stablehlo.slice %216 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %218 = stablehlo.reshape %217 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %219 = stablehlo.dynamic_update_slice %arg36, %218, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %220 = stablehlo.slice %216 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %221 = stablehlo.reshape %220 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %222 = stablehlo.dynamic_update_slice %219, %221, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %223 = stablehlo.slice %198 [0:1, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %224 = stablehlo.reshape %223 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %225 = stablehlo.dynamic_update_slice %arg37, %224, %0, %2, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %226 = stablehlo.slice %198 [1:2, 0:2, 0:16] : (tensor<2x2x16xf32>) -> tensor<1x2x16xf32>
    %227 = stablehlo.reshape %226 : (tensor<1x2x16xf32>) -> tensor<1x1x2x16xf32>
    %228 = stablehlo.dynamic_update_slice %225, %227, %3, %5, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %229 = stablehlo.reshape %207 : (tensor<2x4x16xf32>) -> tensor<2x2x2x16xf32>
    %230 = stablehlo.dot_general %229, %222, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x16xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x32xf32>
    %231 = stablehlo.multiply %230, %75 : tensor<2x2x2x32xf32>
    %232 = stablehlo.broadcast_in_dim %22, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %233 = stablehlo.add %231, %232 : tensor<2x2x2x32xf32>
    %234 = stablehlo.reduce(%233 init: %79) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %236 = stablehlo.subtract %233, %235 : tensor<2x2x2x32xf32>
    %237 = stablehlo.exponential %236 : tensor<2x2x2x32xf32>
    %238 = stablehlo.reduce(%237 init: %26) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %240 = stablehlo.divide %237, %239 : tensor<2x2x2x32xf32>
    %241 = stablehlo.dot_general %240, %228, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x16xf32>) -> tensor<2x2x2x16xf32>
    %242 = stablehlo.reshape %241 : (tensor<2x2x2x16xf32>) -> tensor<2x64xf32> loc("layers.2.attn")
    %243 = stablehlo.dot_general %242, %arg25, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32> loc("layers.2.attn_out")
    %244 = stablehlo.add %183, %243 : tensor<2x64xf32>
    %245 = stablehlo.multiply %244, %244 : tensor<2x64xf32>
    %246 = stablehlo.reduce(%245 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %247 = stablehlo.divide %246, %28 : tensor<2xf32>
    %248 = stablehlo.add %247, %30 : tensor<2xf32>
    %249 = stablehlo.rsqrt %248 : tensor<2xf32>
    %250 = stablehlo.broadcast_in_dim %249, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %251 = stablehlo.multiply %244, %250 : tensor<2x64xf32>
    %252 = stablehlo.broadcast_in_dim %arg26, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %253 = stablehlo.multiply %252, %251 : tensor<2x64xf32>
    %254 = stablehlo.dot_general %253, %arg27, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %255 = stablehlo.dot_general %253, %arg28, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %256 = stablehlo.logistic %254 : tensor<2x128xf32>
    %257 = stablehlo.multiply %254, %256 : tensor<2x128xf32>
    %258 = stablehlo.multiply %257, %255 : tensor<2x128xf32>
    %259 = stablehlo.dot_general %258, %arg29, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %260 = stablehlo.add %244, %259 : tensor<2x64xf32> loc("layers.2.out")
    %261 = stablehlo.multiply %260, %260 : tensor<2x64xf32>
    %262 = stablehlo.reduce(%261 init: %26) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %263 = stablehlo.divide %262, %28 : tensor<2xf32>
    %264 = stablehlo.add %263, %30 : tensor<2xf32>
    %265 = stablehlo.rsqrt %264 : tensor<2xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %267 = stablehlo.multiply %260, %266 : tensor<2x64xf32>
    %268 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %269 = stablehlo.multiply %268, %267 : tensor<2x64xf32> loc("final_norm")
    %270 = stablehlo.dot_general %269, %arg2, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %270, %66, %72, %145, %151, %222, %228 : tensor<2x256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
