module @decode {
  func.func public @main(
      %arg0: tensor<256x64xf32> loc("model.embed_tokens.weight"),
      %arg1: tensor<64xf32> loc("model.norm.weight"),
      %arg2: tensor<256x64xf32> loc("lm_head.weight"),
      %arg3: tensor<64xf32> loc("model.layers.0.input_layernorm.weight"),
      %arg4: tensor<96x64xf32> loc("model.layers.0.self_attn.q_proj.weight"),
      %arg5: tensor<96xf32> loc("model.layers.0.self_attn.q_proj.bias"),
      %arg6: tensor<48x64xf32> loc("model.layers.0.self_attn.k_proj.weight"),
      %arg7: tensor<48xf32> loc("model.layers.0.self_attn.k_proj.bias"),
      %arg8: tensor<48x64xf32> loc("model.layers.0.self_attn.v_proj.weight"),
      %arg9: tensor<48xf32> loc("model.layers.0.self_attn.v_proj.bias"),
      %arg10: tensor<64x96xf32> loc("model.layers.0.self_attn.o_proj.weight"),
      %arg11: tensor<64xf32> loc("model.layers.0.post_attention_layernorm.weight"),
      %arg12: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg13: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg14: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg15: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg16: tensor<96x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg17: tensor<96xf32> loc("model.layers.1.self_attn.q_proj.bias"),
      %arg18: tensor<48x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg19: tensor<48xf32> loc("model.layers.1.self_attn.k_proj.bias"),
      %arg20: tensor<48x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg21: tensor<48xf32> loc("model.layers.1.self_attn.v_proj.bias"),
      %arg22: tensor<64x96xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg23: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg24: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg25: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg26: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg27: tensor<2xi32> loc("tokens"),
      %arg28: tensor<2xi32> loc("pos"),
      %arg29: tensor<2x32x2x24xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg30: tensor<2x32x2x24xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg31: tensor<2x32x2x24xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg32: tensor<2x32x2x24xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<2x256xf32>, tensor<2x32x2x24xf32>, tensor<2x32x2x24xf32>, tensor<2x32x2x24xf32>, tensor<2x32x2x24xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.slice %arg28 [0:1] : (tensor<2xi32>) -> tensor<1xi32>
    %2 = stablehlo.reshape %1 : (tensor<1xi32>) -> tensor<i32>
    %3 = stablehlo.constant dense<1> : tensor<i32>
    %4 = stablehlo.slice %arg28 [1:2] : (tensor<2xi32>) -> tensor<1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1xi32>) -> tensor<i32>
    %6 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F30EA643FEB147A3F98B87E3F6BB97F3FCBF07F3FB9FC7F3F4BFF7F3FD9FF7F3FF8FF7F3FFEFF7F3F0000803F40510A3F30EA643FEB147A3F98B87E3F6BB97F3FCBF07F3FB9FC7F3F4BFF7F3FD9FF7F3FF8FF7F3FFEFF7F3F0000803F3311D5BEF863193FBA99683FA5E57A3FD1E57E3F2CC37F3FE5F27F3F2DFD7F3F64FF7F3FDEFF7F3FF9FF7F3FFEFF7F3F3311D5BEF863193FBA99683FA5E57A3FD1E57E3F2CC37F3FE5F27F3F2DFD7F3F64FF7F3FDEFF7F3FF9FF7F3FFEFF7F3F26707DBF16A2353E575D4C3FEF90743FA8857D3F29777F3F83E27F3FA5F97F3FA2FE7F3FB5FF7F3FF0FF7F3FFCFF7F3F26707DBF16A2353E575D4C3FEF90743FA8857D3F29777F3F83E27F3FA5F97F3FA2FE7F3FB5FF7F3FF0FF7F3FFCFF7F3F305527BF6C5D90BEFAAD263FA7CA6B3FB2997B3FCC0C7F3F94CB7F3FB4F47F3F91FD7F3F7AFF7F3FE3FF7F3FFAFF7F3F305527BF6C5D90BEFAAD263FA7CA6B3FB2997B3FCC0C7F3F94CB7F3FB4F47F3F91FD7F3F7AFF7F3FE3FF7F3FFAFF7F3F2C3C913ECB7F2EBF6793F23E40A9603FFF22793F21847E3F19AE7F3F5AEE7F3F33FC7F3F2EFF7F3FD3FF7F3FF6FF7F3F2C3C913ECB7F2EBF6793F23E40A9603FFF22793F21847E3F19AE7F3F5AEE7F3F33FC7F3F2EFF7F3FD3FF7F3FF6FF7F3FB8CD753F2DE46FBF93938C3E3249533FE922763F38DD7D3F128A7F3F96E67F3F86FA7F3FD2FE7F3FBFFF7F3FF2FF7F3FB8CD753F2DE46FBF93938C3E3249533FE922763F38DD7D3F128A7F3F96E67F3F86FA7F3FD2FE7F3FBFFF7F3FF2FF7F3FBDFF403F8D857EBF434F803DB3CC433F199B723F25187D3F815F7F3F69DD7F3F8CF87F3F65FE7F3FA7FF7F3FEDFF7F3FBDFF403F8D857EBF434F803DB3CC433F199B723F25187D3F815F7F3F69DD7F3F8CF87F3F65FE7F3FA7FF7F3FEDFF7F3FF6FD14BE624B57BF49CF1BBE5F5B323F808D6E3FFF347C3F662E7F3FD3D27F3F44F67F3FE7FD7F3F8CFF7F3FE7FF7F3FF6FD14BE624B57BF49CF1BBE5F5B323F808D6E3FFF347C3F662E7F3FD3D27F3F44F67F3FE7FD7F3F8CFF7F3FE7FF7F3FD53F69BF9F8202BFFA48B8BED4211F3F5CFC693FE1337B3FC2F67E3FD3C67F3FAEF37F3F59FD7F3F6EFF7F3FE0FF7F3FD53F69BF9F8202BFFA48B8BED4211F3F5CFC693FE1337B3FC2F67E3FD3C67F3FAEF37F3F59FD7F3F6EFF7F3FE0FF7F3F64CD56BF7EE090BD7F120DBF40510A3F31EA643FEB147A3F98B87E3F6BB97F3FCBF07F3FB9FC7F3F4BFF7F3FD9FF7F3F64CD56BF7EE090BD7F120DBF40510A3F31EA643FEB147A3F98B87E3F6BB97F3FCBF07F3FB9FC7F3F4BFF7F3FD9FF7F3F7205913BF33EC43EB17A37BFBF3DE83ECA595F3F3ED8783FE8737E3F99AA7F3F99ED7F3F09FC7F3F25FF7F3FD1FF7F3F7205913BF33EC43EB17A37BFBF3DE83ECA595F3F3ED8783FE8737E3F99AA7F3F99ED7F3F09FC7F3F25FF7F3FD1FF7F3FD006583FAE97413F216759BFF386B93E394E593FFF7D773FB5287E3F5E9A7F3F19EA7F3F48FB7F3FFCFE7F3FC8FF7F3FD006583FAE97413F216759BFF386B93E394E593FFF7D773FB5287E3F5E9A7F3F19EA7F3F48FB7F3FFCFE7F3FC8FF7F3F6F4E683FE518783F414671BF99F5883ED3CA523F5806763F00D77D3FBA887F3F4CE67F3F76FA7F3FCFFE7F3FBEFF7F3F6F4E683FE518783F414671BF99F5883ED3CA523F5806763F00D77D3FBA887F3F4CE67F3F76FA7F3FCFFE7F3FBEFF7F3FD7040C3E951A7A3F85FD7DBFDF0B2E3E31D34B3F7571743FCC7E7D3FAE757F3F31E27F3F94F97F3F9EFE7F3FB4FF7F3FD7040C3E951A7A3F85FD7DBFDF0B2E3E31D34B3F7571743FCC7E7D3FAE757F3F31E27F3F94F97F3F9EFE7F3FB4FF7F3FE87A42BF0A30473F69F67EBFAADE903D296B443F87BF723F1A207D3F39617F3FC8DD7F3FA1F87F3F69FE7F3FA8FF7F3FE87A42BF0A30473F69F67EBFAADE903D296B443F87BF723F1A207D3F39617F3FC8DD7F3FA1F87F3F69FE7F3FA8FF7F3F2C2975BFD63ED43E6B2574BFE333EFBCD1963C3FC1F0703FEDBA7C3F5B4B7F3F11D97F3F9DF77F3F31FE7F3F9CFF7F3F2C2975BFD63ED43E6B2574BFE333EFBCD1963C3FC1F0703FEDBA7C3F5B4B7F3F11D97F3F9DF77F3F31FE7F3F9CFF7F3F36E28CBEB45E16BD920A5EBFD3EF03BE7B5A343F5B056F3F494F7C3F15347F3F0DD47F3F88F67F3FF6FD7F3F8FFF7F3F36E28CBEB45E16BD920A5EBFD3EF03BE7B5A343F5B056F3F494F7C3F15347F3F0DD47F3F88F67F3FF6FD7F3F8FFF7F3F840A293F4FDCF5BE82AB3DBFAFA768BEB0BA2B3F8DFD6C3F2EDD7B3F661B7F3FBACE7F3F62F57F3FB6FD7F3F82FF7F3F840A293F4FDCF5BE82AB3DBFAFA768BEB0BA2B3F8DFD6C3F2EDD7B3F661B7F3FBACE7F3F62F57F3FB6FD7F3F82FF7F3FBF1B7D3F347352BF6D8714BF3586A5BE33BC223F97D96A3FA1647B3F50017F3F1AC97F3F2CF47F3F74FD7F3F73FF7F3FBF1B7D3F347352BF6D8714BF3586A5BE33BC223F97D96A3FA1647B3F50017F3F1AC97F3F2CF47F3F74FD7F3F73FF7F3F22F0D03E15707DBF7D0AC9BE3311D5BEF963193FB999683FA5E57A3FD1E57E3F2CC37F3FE5F27F3F2DFD7F3F64FF7F3F22F0D03E15707DBF7D0AC9BE3311D5BEF963193FB999683FA5E57A3FD1E57E3F2CC37F3FE5F27F3F2DFD7F3F64FF7F3FFC370CBF25CC72BFF9743FBE9A3D01BF29B70F3F383E663F3C607A3FEAC87E3FF0BC7F3F8DF17F3FE3FC7F3F54FF7F3FFC370CBF25CC72BFF9743FBE9A3D01BF29B70F3F383E663F3C607A3FEAC87E3FF0BC7F3F8DF17F3FE3FC7F3F54FF7F3F6FFD7FBFC6C734BFDD28E03C03A816BF1ABB053F5CC7633F6AD4793F9CAA7E3F66B67F3F24F07F3F95FC7F3F44FF7F3F6FFD7FBFC6C734BFDD28E03C03A816BF1ABB053F5CC7633F6AD4793F9CAA7E3F66B67F3F24F07F3F95FC7F3F44FF7F3FBF6708BFE604A1BEA633763E10912ABF96EAF63E6F35613F3342793FE68A7E3F8FAF7F3FABEE7F3F44FC7F3F32FF7F3FBF6708BFE604A1BEA633763E10912ABF96EAF63E6F35613F3342793FE68A7E3F8FAF7F3FABEE7F3F44FC7F3F32FF7F3FFE2DD93E7330133E0080E23ED7C53CBFD0D6E13EC0885E3F9BA9783FC9697E3F6AA87F3F20ED7F3FEFFB7F3F20FF7F3FFE2DD93E7330133E0080E23ED7C53CBFD0D6E13EC0885E3F9BA9783FC9697E3F6AA87F3F20ED7F3FEFFB7F3F20FF7F3F78BF7D3F5951123F92B61F3FBF174DBF8446CC3E9FC15B3FA50A783F44477E3FF7A07F3F85EB7F3F96FB7F3F0DFF7F3F78BF7D3F5951123F92B61F3FBF174DBF8446CC3E9FC15B3FA50A783F44477E3FF7A07F3F85EB7F3F96FB7F3F0DFF7F3F819C253F7CE0603FB5CA463F115D5BBF8F45B63E62E0583F5565773F59237E3F36997F3FDAE97F3F3AFB7F3FF9FE7F3F819C253F7CE0603FB5CA463F115D5BBF8F45B63E62E0583F5565773F59237E3F36997F3FDAE97F3F3AFB7F3FF9FE7F3F389395BEF2D97F3FD3AD643F467167BF17E09F3E60E5553FB1B9763F06FE7D3F27917F3F1DE87F3FDBFA7F3FE4FE7F3F389395BEF2D97F3FD3AD643F467167BF17E09F3E60E5553FB1B9763F06FE7D3F27917F3F1DE87F3FDBFA7F3FE4FE7F3F576D76BFDAAF683F28FE773F7B3571BF7A22893EF4D0523FBB07763F4DD77D3FCB887F3F50E67F3F77FA7F3FCFFE7F3F576D76BFDAAF683F28FE773F7B3571BF7A22893EF4D0523FBB07763F4DD77D3FCB887F3F50E67F3F77FA7F3FCFFE7F3FB3803FBF0249203F1DD77F3FB79078BF7432643E7BA34F3F794F753F2EAF7D3F21807F3F72E47F3F10FA7F3FB9FE7F3FB3803FBF0249203F1DD77F3FB79078BF7432643E7BA34F3F794F753F2EAF7D3F21807F3F72E47F3F10FA7F3FB9FE7F3F18F41D3EC8DD573ECBDB7B3F26707DBF1EA2353E565D4C3FEF90743FA8857D3F29777F3F83E27F3FA5F97F3FA2FE7F3F18F41D3EC8DD573ECBDB7B3F26707DBF1EA2353E565D4C3FEF90743FA8857D3F29777F3F83E27F3FA5F97F3FA2FE7F3F8E2C6A3F0A167FBE563B6C3F52C77FBFA7AD063EE9FE483F22CC733FBD5A7D3FE46D7F3F83E07F3F37F97F3F8AFE7F3F8E2C6A3F0A167FBE563B6C3F52C77FBFA7AD063EE9FE483F22CC733FBD5A7D3FE46D7F3F83E07F3F37F97F3F8AFE7F3F"> : tensor<32x24xf32>
    %7 = stablehlo.reshape %arg28 : (tensor<2xi32>) -> tensor<2x1xi32>
    %8 = "stablehlo.gather"(%6, %7) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 24>}> : (tensor<32x24xf32>, tensor<2x1xi32>) -> tensor<2x24xf32>
    %9 = stablehlo.constant dense<"0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F1D35E53E50E95A3E7775CC3D1C0D3E3D477AB03C57D6233C5618983B62310D3B6E12833A5B5AF339A7E86139A46A573F1D35E53E50E95A3E7775CC3D1C0D3E3D477AB03C57D6233C5618983B62310D3B6E12833A5B5AF339A7E86139B7C7683FFBF44C3FBCD9D53EF96F4B3EB5D8BD3DCB6F303D3ED4A33CEB17183C4C318D3B6912033B5A5A733AA7E8E139B7C7683FFBF44C3FBCD9D53EF96F4B3EB5D8BD3DCB6F303D3ED4A33CEB17183C4C318D3B6912033B5A5A733AA7E8E139C381103ECEF07B3FC72D1A3F6D4E973E16210E3EBD46843D1FB9F53CD422643CBDC9D33B939B443BC183B63A7C6E293AC381103ECEF07B3FC72D1A3F6D4E973E16210E3EBD46843D1FB9F53CD422643CBDC9D33B939B443BC183B63A7C6E293ACFBD41BFE69C753FBC4D423FD761C73E72073D3EDF45B03DDBCB233D3D16983CF6300D3C5812833B535AF33AA5E8613ACFBD41BFE69C753FBC4D423FD761C73E72073D3EDF45B03DDBCB233D3D16983CF6300D3C5812833B535AF33AA5E8613A107C75BF0A503B3FCE71613F4477F53E90856B3E0E30DC3DF4B64C3D3A1ABE3CE37C303CDED6A33B7118183B66318D3A107C75BF0A503B3FCE71613F4477F53E90856B3E0E30DC3DF4B64C3D3A1ABE3CE37C303CDED6A33B7118183B66318D3A8C0F8FBEC5C0B23E6329763F698C103FE8C08C3E0900043ED19C753D2A1DE43C9BC8533C599BC43BB683363B7A6EA93A8C0F8FBEC5C0B23E6329763F698C103FE8C08C3E0900043ED19C753D2A1DE43C9BC8533C599BC43BB683363B7A6EA93A4630283F9FC6DBBD417F7F3F73EB243F6971A33E5DD8193E323E8F3D6D0F053D1214773CC75FE53BF7EE543B8DABC53A4630283F9FC6DBBD417F7F3F73EB243F6971A33E5DD8193E323E8F3D6D0F053D1214773CC75FE53BF7EE543B8DABC53A95467D3FE3810ABFE9047D3FA6A4373FC9C7B93E699E2F3E50AAA33D880F183D9F2F8D3C1312033C375A733BA0E8E13A95467D3FE3810ABFE9047D3FA6A4373FC9C7B93E699E2F3E50AAA33D880F183D9F2F8D3C1312033C375A733BA0E8E13A3201D33EF13B5CBFB0D76E3F1D88483FB8B7CF3E974F453E3E12B83DCC0E2B3D0AD59E3C3B74133CBAE2883BB225FE3A3201D33EF13B5CBFB0D76E3F1D88483FB8B7CF3E974F453E3E12B83DCC0E2B3D0AD59E3C3B74133CBAE2883BB225FE3AF8440BBFD15B7FBF649F553FA46A573F1B35E53E53E95A3E7675CC3D1F0D3E3D447AB03C58D6233C5618983B61310D3BF8440BBFD15B7FBF649F553FA46A573F1B35E53E53E95A3E7675CC3D1F0D3E3D447AB03C58D6233C5618983B61310D3B5CFF7FBFD0726CBF8986323F2B26643F1934FA3E0C69703E72D3E03D660A513D491FC23C6B38343CEF4DA73BE94F1B3B5CFF7FBFD0726CBF8986323F2B26643F1934FA3E0C69703E72D3E03D660A513D491FC23C6B38343CEF4DA73BE94F1B3BD85C09BF4B8127BF892C073F1D9A6E3F9054073F1AE6823EAC2BF53D8506643D14C4D33C719A443C8783B63B716E293BD85C09BF4B8127BF892C073F1D9A6E3F9054073F1AE6823EAC2BF53D8506643D14C4D33C719A443C8783B63B716E293B2220D73ED1777CBE1A25AB3EC0AB763F7344113F21888D3ED0BE043E6301773D9D68E53C6BFC543C1CB9C53BF88C373B2220D73ED1777CBE1A25AB3EC0AB763F7344113F21888D3ED0BE043E6301773D9D68E53C6BFC543C1CB9C53BF88C373B72987D3FB9815A3EBC0E003E6F467C3F3AE41A3F5619983E64E40E3E72FD843DE10CF73C575E653CAEEED43B7EAB453B72987D3FB9815A3EBC0E003E6F467C3F3AE41A3F5619983E64E40E3E72FD843DE10CF73C575E653CAEEED43B7EAB453B4479263FB2CF203F1F31B8BDD55B7F3F992E243F7998A23E4F06193E76798E3D6C58043D34C0753C3D24E43B05CA533B4479263FB2CF203F1F31B8BDD55B7F3F992E243F7998A23E4F06193E76798E3D6C58043D34C0753C3D24E43B05CA533B106893BEBEF7683FD9FE99BE0EE47F3F6D1E2D3F4A04AD3E5024233EB2F4973D412A0D3D0111833CC959F33B8AE8613B106893BEBEF7683FD9FE99BE0EE47F3F6D1E2D3F4A04AD3E5024233EB2F4973D412A0D3D0111833CC959F33B8AE8613B251E76BFD3D37F3FA2D2FEBEBFDD7D3FCBAE353F8C5BB73E233E2D3E176FA13DEAFB153DDE418B3CA947013C0E07703B251E76BFD3D37F3FA2D2FEBEBFDD7D3FCBAE353F8C5BB73E233E2D3E176FA13DEAFB153DDE418B3CA947013C0E07703BB34040BF9F8D603F1CEF2BBF144E793FFADA3D3F069DC13E8753373E98E8AA3D65CD1E3DB372933C6CE2083C92257E3BB34040BF9F8D603F1CEF2BBF144E793FFADA3D3F069DC13E8753373E98E8AA3D65CD1E3DB372933C6CE2083C92257E3B6979193E46C3113FC58150BFB940723F779E453F7DC7CB3E3A64413E2861B43DB19E273D7EA39B3C2C7D103C0A22863B6979193E46C3113FC58150BFB940723F779E453F7DC7CB3E3A64413E2861B43DB19E273D7EA39B3C2C7D103C0A22863BC8B6693F9383103E72706BBFB7C7683FFAF44C3FBED9D53EF86F4B3EB8D8BD3DC86F303D3FD4A33CEB17183C4B318D3BC8B6693F9383103E72706BBFB7C7683FFAF44C3FBED9D53EF86F4B3EB8D8BD3DC86F303D3FD4A33CEB17183C4B318D3B102F563F0C4DA2BE517C7BBF49FB5C3F79DA533F96D2DF3E8376553E3D4FC73DAB40393DF504AC3CA6B21F3C8D40943B102F563F0C4DA2BE517C7BBF49FB5C3F79DA533F96D2DF3E8376553E3D4FC73DAB40393DF504AC3CA6B21F3C8D40943B150511BC0C4235BF76E77FBF9EF94E3F234B5A3FD6B0E93E96775F3EA9C4D03D5511423DA035B43C604D273CCD4F9B3B150511BC0C4235BF76E77FBF9EF94E3F234B5A3FD6B0E93E96775F3EA9C4D03D5511423DA035B43C604D273CCD4F9B3BE7A158BFBE0273BF937D78BF8AE63E3F6F43603F5273F33EF072693EED38DA3DC4E14A3D3F66BC3C18E82E3C0C5FA23BE7A158BFBE0273BF937D78BF8AE63E3F6F43603F5273F33EF072693EED38DA3DC4E14A3D3F66BC3C18E82E3C0C5FA23BFCD367BF72577DBF699665BF27EB2C3F10C0653FDF18FD3E5168733EFEABE33DF6B1533DD196C43CCE82363C4C6EA93BFCD367BF72577DBF699665BF27EB2C3F10C0653FDF18FD3E5168733EFEABE33DF6B1533DD196C43CCE82363C4C6EA93B388707BE861052BFBB1148BF7835193FFFBD6A3F2E50033F77577D3ECE1DED3DE7815C3D57C7CC3C801D3E3C8A7DB03B388707BE861052BFBB1148BF7835193FFFBD6A3F2E50033F77577D3ECE1DED3DE7815C3D57C7CC3C801D3E3C8A7DB03B0837433FA0ACF4BEE54C21BFE4F7033F7C3A6F3F5104083F10A0833E4E8EF63D9551653DCFF7D43C30B8453CC98CB73B0837433FA0ACF4BEE54C21BFE4F7033F7C3A6F3F5104083F10A0833E4E8EF63D9551653DCFF7D43C30B8453CC98CB73B0ED5743FB7900BBDA225E6BE88D1DA3E0F33733F4BA80C3F0591883E72FDFF3DFC206E3D3A28DD3CDE524D3C079CBE3B0ED5743FB7900BBDA225E6BE88D1DA3E0F33733F4BA80C3F0591883E72FDFF3DFC206E3D3A28DD3CDE524D3C079CBE3B2AB48A3E5F79D53EC21A7EBE9383AB3E84A5763F8F3B113F7D7E8D3E97B5043E1DF0763D9658E53C87ED543C43ABC53B2AB48A3E5F79D53EC21A7EBE9383AB3E84A5763F8F3B113F7D7E8D3E97B5043E1DF0763D9658E53C87ED543C43ABC53BE9E329BF7C9C473F9DA910BDC0FD743EF88F793F91BD153F5468923EB96B093EF1BE7F3DE388ED3C2F885C3C80BACC3BE9E329BF7C9C473F9DA910BDC0FD743EF88F793F91BD153F5468923EB96B093EF1BE7F3DE388ED3C2F885C3C80BACC3BA4EF7CBF423F7A3F0772373EC381103ECEF07B3FC82D1A3F6C4E973E18210E3EBB46843D20B9F53CD322643CBCC9D33BA4EF7CBF423F7A3F0772373EC381103ECEF07B3FC82D1A3F6C4E973E18210E3EBB46843D20B9F53CD322643CBCC9D33B06DECEBE08EE773F7D49C53E56502A3DB5C67D3FAE8B1E3FA5309C3EB0D5123ED7AD883D4DE9FD3C74BD6B3CF7D8DA3B06DECEBE08EE773F7D49C53E56502A3DB5C67D3FAE8B1E3FA5309C3EB0D5123ED7AD883D4DE9FD3C74BD6B3CF7D8DA3B"> : tensor<32x24xf32>
    %10 = stablehlo.reshape %arg28 : (tensor<2xi32>) -> tensor<2x1xi32>
    %11 = "stablehlo.gather"(%9, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 24>}> : (tensor<32x24xf32>, tensor<2x1xi32>) -> tensor<2x24xf32>
    %12 = stablehlo.iota dim = 1 : tensor<2x32xi32>
    %13 = stablehlo.broadcast_in_dim %arg28, dims = [0] : (tensor<2xi32>) -> tensor<2x32xi32>
    %14 = stablehlo.compare  LE, %12, %13,  SIGNED : (tensor<2x32xi32>, tensor<2x32xi32>) -> tensor<2x32xi1>
    %15 = stablehlo.constant dense<0.0e+00> : tensor<2x32xf32>
    %16 = stablehlo.constant dense<-1.0e+30> : tensor<2x32xf32>
    %17 = stablehlo.select %14, %15, %16 : tensor<2x32xi1>, tensor<2x32xf32>
    %18 = stablehlo.reshape %arg27 : (tensor<2xi32>) -> tensor<2x1xi32>
    %19 = "stablehlo.gather"(%arg0, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<2x1xi32>) -> tensor<2x64xf32> loc("embed")
    %20 = stablehlo.multiply %19, %19 : tensor<2x64xf32>
    %21 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %22 = stablehlo.reduce(%20 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %23 = stablehlo.constant dense<6.4e+01> : tensor<2xf32>
    %24 = stablehlo.divide %22, %23 : tensor<2xf32>
    %25 = stablehlo.constant dense<1.0e-06> : tensor<2xf32>
    %26 = stablehlo.add %24, %25 : tensor<2xf32>
    %27 = stablehlo.rsqrt %26 : tensor<2xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %29 = stablehlo.multiply %19, %28 : tensor<2x64xf32>
    %30 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %31 = stablehlo.multiply %30, %29 : tensor<2x64xf32> loc("layers.0.attn_norm")
    %32 = stablehlo.dot_general %31, %arg4, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<96x64xf32>) -> tensor<2x96xf32>
    %33 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<96xf32>) -> tensor<2x96xf32>
    %34 = stablehlo.add %32, %33 : tensor<2x96xf32>
    %35 = stablehlo.reshape %34 : (tensor<2x96xf32>) -> tensor<2x4x24xf32>
    %36 = stablehlo.dot_general %31, %arg6, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<48x64xf32>) -> tensor<2x48xf32>
    %37 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<48xf32>) -> tensor<2x48xf32>
    %38 = stablehlo.add %36, %37 : tensor<2x48xf32>
    %39 = stablehlo.reshape %38 : (tensor<2x48xf32>) -> tensor<2x2x24xf32>
    %40 = stablehlo.dot_general %31, %arg8, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<48x64xf32>) -> tensor<2x48xf32>
    %41 = stablehlo.broadcast_in_dim %arg9, dims = [1] : (tensor<48xf32>) -> tensor<2x48xf32>
    %42 = stablehlo.add %40, %41 : tensor<2x48xf32>
    %43 = stablehlo.reshape %42 : (tensor<2x48xf32>) -> tensor<2x2x24xf32> loc("layers.0.v")
    %44 = stablehlo.slice %35 [0:2, 0:4, 0:12] : (tensor<2x4x24xf32>) -> tensor<2x4x12xf32>
    %45 = stablehlo.slice %35 [0:2, 0:4, 12:24] : (tensor<2x4x24xf32>) -> tensor<2x4x12xf32>
    %46 = stablehlo.negate %45 : tensor<2x4x12xf32>
    %47 = stablehlo.concatenate %46, %44, dim = 2 : (tensor<2x4x12xf32>, tensor<2x4x12xf32>) -> tensor<2x4x24xf32>
    %48 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x4x24xf32>
    %49 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x4x24xf32>
    %50 = stablehlo.multiply %47, %49 : tensor<2x4x24xf32>
    %51 = stablehlo.multiply %35, %48 : tensor<2x4x24xf32>
    %52 = stablehlo.add %51, %50 : tensor<2x4x24xf32> loc("layers.0.q")
    %53 = stablehlo.slice %39 [0:2, 0:2, 0:12] : (tensor<2x2x24xf32>) -> tensor<2x2x12xf32>
    %54 = stablehlo.slice %39 [0:2, 0:2, 12:24] : (tensor<2x2x24xf32>) -> tensor<2x2x12xf32>
    %55 = stablehlo.negate %54 : tensor<2x2x12xf32>
    %56 = stablehlo.concatenate %55, %53, dim = 2 : (tensor<2x2x12xf32>, tensor<2x2x12xf32>) -> tensor<2x2x24xf32>
    %57 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x2x24xf32>
    %58 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x2x24xf32>
    %59 = stablehlo.multiply %56, %58 : tensor<2x2x24xf32>
    %60 = stablehlo.multiply %39, %57 : tensor<2x2x24xf32>
    %61 = stablehlo.add %60, %59 : tensor<2x2x24xf32> loc("layers.0.k")
    %62 = stablehlo.slice %61 [0:1, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %64 = stablehlo.dynamic_update_slice %arg29, %63, %0, %2, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %65 = stablehlo.slice %61 [1:2, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %67 = stablehlo.dynamic_update_slice %64, %66, %3, %5, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %68 = stablehlo.slice %43 [0:1, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %70 = stablehlo.dynamic_update_slice %arg30, %69, %0, %2, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %71 = stablehlo.slice %43 [1:2, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %73 = stablehlo.dynamic_update_slice %70, %72, %3, %5, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %74 = stablehlo.reshape %52 : (tensor<2x4x24xf32>) -> tensor<2x2x2x24xf32>
    %75 = stablehlo.dot_general %74, %67, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x24xf32>, tensor<2x32x2x24xf32>) -> tensor<2x2x2x32xf32>
    %76 = stablehlo.constant dense<2.0412415e-01> : tensor<2x2x2x32xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<2x2x2x32xf32>
    %78 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %79 = stablehlo.add %77, %78 : tensor<2x2x2x32xf32>
    %80 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %81 = stablehlo.reduce(%79 init: %80) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %83 = stablehlo.subtract %79, %82 : tensor<2x2x2x32xf32>
    %84 = stablehlo.exponential %83 : tensor<2x2x2x32xf32>
    %85 = stablehlo.reduce(%84 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %87 = stablehlo.divide %84, %86 : tensor<2x2x2x32xf32>
    %88 = stablehlo.dot_general %87, %73, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x24xf32>) -> tensor<2x2x2x24xf32>
    %89 = stablehlo.reshape %88 : (tensor<2x2x2x24xf32>) -> tensor<2x96xf32> loc("layers.0.attn")
    %90 = stablehlo.dot_general %89, %arg10, contracting_dims = [1] x [1] : (tensor<2x96xf32>, tensor<64x96xf32>) -> tensor<2x64xf32> loc("layers.0.attn_out")
    %91 = stablehlo.add %19, %90 : tensor<2x64xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<2x64xf32>
    %93 = stablehlo.reduce(%92 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %94 = stablehlo.divide %93, %23 : tensor<2xf32>
    %95 = stablehlo.add %94, %25 : tensor<2xf32>
    %96 = stablehlo.rsqrt %95 : tensor<2xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %98 = stablehlo.multiply %91, %97 : tensor<2x64xf32>
    %99 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %100 = stablehlo.multiply %99, %98 : tensor<2x64xf32>
    %101 = stablehlo.dot_general %100, %arg12, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %102 = stablehlo.dot_general %100, %arg13, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %103 = stablehlo.logistic %101 : tensor<2x128xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<2x128xf32>
    %105 = stablehlo.multiply %104, %102 : tensor<2x128xf32>
    %106 = stablehlo.dot_general %105, %arg14, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %107 = stablehlo.add %91, %106 : tensor<2x64xf32> loc("layers.0.out")
    %108 = stablehlo.multiply %107, %107 : tensor<2x64xf32>
    %109 = stablehlo.reduce(%108 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %110 = stablehlo.divide %109, %23 : tensor<2xf32>
    %111 = stablehlo.add %110, %25 : tensor<2xf32>
    %112 = stablehlo.rsqrt %111 : tensor<2xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %114 = stablehlo.multiply %107, %113 : tensor<2x64xf32>
    %115 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %116 = stablehlo.multiply %115, %114 : tensor<2x64xf32> loc("layers.1.attn_norm")
    %117 = stablehlo.dot_general %116, %arg16, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<96x64xf32>) -> tensor<2x96xf32>
    %118 = stablehlo.broadcast_in_dim %arg17, dims = [1] : (tensor<96xf32>) -> tensor<2x96xf32>
    %119 = stablehlo.add %117, %118 : tensor<2x96xf32>
    %120 = stablehlo.reshape %119 : (tensor<2x96xf32>) -> tensor<2x4x24xf32>
    %121 = stablehlo.dot_general %116, %arg18, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<48x64xf32>) -> tensor<2x48xf32>
    %122 = stablehlo.broadcast_in_dim %arg19, dims = [1] : (tensor<48xf32>) -> tensor<2x48xf32>
    %123 = stablehlo.add %121, %122 : tensor<2x48xf32>
    %124 = stablehlo.reshape %123 : (tensor<2x48xf32>) -> tensor<2x2x24xf32>
    %125 = stablehlo.dot_general %116, %arg20, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<48x64xf32>) -> tensor<2x48xf32>
    %126 = stablehlo.broadcast_in_dim %arg21, dims = [1] : (tensor<48xf32>) -> tensor<2x48xf32>
    %127 = stablehlo.add %125, %126 : tensor<2x48xf32>
    %128 = stablehlo.reshape %127 : (tensor<2x48xf32>) -> tensor<2x2x24xf32> loc("layers.1.v")
    %129 = stablehlo.slice %120 [0:2, 0:4, 0:12] : (tensor<2x4x24xf32>) -> tensor<2x4x12xf32>
    %130 = stablehlo.slice %120 [0:2, 0:4, 12:24] : (tensor<2x4x24xf32>) -> tensor<2x4x12xf32>
    %131 = stablehlo.negate %130 : tensor<2x4x12xf32>
    %132 = stablehlo.concatenate %131, %129, dim = 2 : (tensor<2x4x12xf32>, tensor<2x4x12xf32>) -> tensor<2x4x24xf32>
    %133 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x4x24xf32>
    %134 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x4x24xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<2x4x24xf32>
    %136 = stablehlo.multiply %120, %133 : tensor<2x4x24xf32>
    %137 = stablehlo.add %136, %135 : tensor<2x4x24xf32> loc("layers.1.q")
    %138 = stablehlo.slice %124 [0:2, 0:2, 0:12] : (tensor<2x2x24xf32>) -> tensor<2x2x12xf32>
    %139 = stablehlo.slice %124 [0:2, 0:2, 12:24] : (tensor<2x2x24xf32>) -> tensor<2x2x12xf32>
    %140 = stablehlo.negate %139 : tensor<2x2x12xf32>
    %141 = stablehlo.concatenate %140, %138, dim = 2 : (tensor<2x2x12xf32>, tensor<2x2x12xf32>) -> tensor<2x2x24xf32>
    %142 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x2x24xf32>
    %143 = stablehlo.broadcast_in_dim %11, dims = [0, 2] : (tensor<2x24xf32>) -> tensor<2x2x24xf32>
    %144 = stablehlo.multiply %141, %143 : tensor<2x2x24xf32>
    %145 = stablehlo.multiply %124, %142 : tensor<2x2x24xf32>
    %146 = stablehlo.add %145, %144 : tensor<2x2x24xf32> loc("layers.1.k")
    %147 = stablehlo.slice %146 [0:1, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %149 = stablehlo.dynamic_update_slice %arg31, %148, %0, %2, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %150 = stablehlo.slice %146 [1:2, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %152 = stablehlo.dynamic_update_slice %149, %151, %3, %5, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %153 = stablehlo.slice %128 [0:1, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %155 = stablehlo.dynamic_update_slice %arg32, %154, %0, %2, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %156 = stablehlo.slice %128 [1:2, 0:2, 0:24] : (tensor<2x2x24xf32>) -> tensor<1x2x24xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x2x24xf32>) -> tensor<1x1x2x24xf32>
    %158 = stablehlo.dynamic_update_slice %155, %157, %3, %5, %0, %0 : (tensor<2x32x2x24xf32>, tensor<1x1x2x24xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x24xf32>
    %159 = stablehlo.reshape %137 : (tensor<2x4x24xf32>) -> tensor<2x2x2x24xf32>
    %160 = stablehlo.dot_general %159, %152, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [3] : (tensor<2x2x2x24xf32>, tensor<2x32x2x24xf32>) -> tensor<2x2x2x32xf32>
    %161 = stablehlo.multiply %160, %76 : tensor<2x2x2x32xf32>
    %162 = stablehlo.broadcast_in_dim %17, dims = [0, 3] : (tensor<2x32xf32>) -> tensor<2x2x2x32xf32>
    %163 = stablehlo.add %161, %162 : tensor<2x2x2x32xf32>
    %164 = stablehlo.reduce(%163 init: %80) applies stablehlo.maximum across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %166 = stablehlo.subtract %163, %165 : tensor<2x2x2x32xf32>
    %167 = stablehlo.exponential %166 : tensor<2x2x2x32xf32>
    %168 = stablehlo.reduce(%167 init: %21) applies stablehlo.add across dimensions = [3] : (tensor<2x2x2x32xf32>, tensor<f32>) -> tensor<2x2x2xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<2x2x2xf32>) -> tensor<2x2x2x32xf32>
    %170 = stablehlo.divide %167, %169 : tensor<2x2x2x32xf32>
    %171 = stablehlo.dot_general %170, %158, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1] : (tensor<2x2x2x32xf32>, tensor<2x32x2x24xf32>) -> tensor<2x2x2x24xf32>
    %172 = stablehlo.reshape %171 : (tensor<2x2x2x24xf32>) -> tensor<2x96xf32> loc("layers.1.attn")
    %173 = stablehlo.dot_general %172, %arg22, contracting_dims = [1] x [1] : (tensor<2x96xf32>, tensor<64x96xf32>) -> tensor<2x64xf32> loc("layers.1.attn_out")
    %174 = stablehlo.add %107, %173 : tensor<2x64xf32>
    %175 = stablehlo.multiply %174, %174 : tensor<2x64xf32>
    %176 = stablehlo.reduce(%175 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %177 = stablehlo.divide %176, %23 : tensor<2xf32>
    %178 = stablehlo.add %177, %25 : tensor<2xf32>
    %179 = stablehlo.rsqrt %178 : tensor<2xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %181 = stablehlo.multiply %174, %180 : tensor<2x64xf32>
    %182 = stablehlo.broadcast_in_dim %arg23, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %183 = stablehlo.multiply %182, %181 : tensor<2x64xf32>
    %184 = stablehlo.dot_general %183, %arg24, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %185 = stablehlo.dot_general %183, %arg25, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<128x64xf32>) -> tensor<2x128xf32>
    %186 = stablehlo.logistic %184 : tensor<2x128xf32>
    %187 = stablehlo.multiply %184, %186 : tensor<2x128xf32>
    %188 = stablehlo.multiply %187, %185 : tensor<2x128xf32>
    %189 = stablehlo.dot_general %188, %arg26, contracting_dims = [1] x [1] : (tensor<2x128xf32>, tensor<64x128xf32>) -> tensor<2x64xf32>
    %190 = stablehlo.add %174, %189 : tensor<2x64xf32> loc("layers.1.out")
    %191 = stablehlo.multiply %190, %190 : tensor<2x64xf32>
    %192 = stablehlo.reduce(%191 init: %21) applies stablehlo.add across dimensions = [1] : (tensor<2x64xf32>, tensor<f32>) -> tensor<2xf32>
    %193 = stablehlo.divide %192, %23 : tensor<2xf32>
    %194 = stablehlo.add %193, %25 : tensor<2xf32>
    %195 = stablehlo.rsqrt %194 : tensor<2xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0] : (tensor<2xf32>) -> tensor<2x64xf32>
    %197 = stablehlo.multiply %190, %196 : tensor<2x64xf32>
    %198 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<2x64xf32>
    %199 = stablehlo.multiply %198, %197 : tensor<2x64xf32> loc("final_norm")
    %200 = stablehlo.dot_general %199, %arg2, contracting_dims = [1] x [1] : (tensor<2x64xf32>, tensor<256x64xf32>) -> tensor<2x256xf32> loc("logits")
    return %200, %67, %73, %152, %158 : tensor<2x256xf32>, tensor<2x32x2x24xf32>, tensor<2x32x2x24xf32>, tensor<2x32x2x24xf32>, tensor<2x32x2x24xf32>
  }
}
