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
      %arg8: tensor<128x64xf32> loc("model.layers.0.mlp.gate_proj.weight"),
      %arg9: tensor<128x64xf32> loc("model.layers.0.mlp.up_proj.weight"),
      %arg10: tensor<64x128xf32> loc("model.layers.0.mlp.down_proj.weight"),
      %arg11: tensor<64xf32> loc("model.layers.1.input_layernorm.weight"),
      %arg12: tensor<64x64xf32> loc("model.layers.1.self_attn.q_proj.weight"),
      %arg13: tensor<32x64xf32> loc("model.layers.1.self_attn.k_proj.weight"),
      %arg14: tensor<32x64xf32> loc("model.layers.1.self_attn.v_proj.weight"),
      %arg15: tensor<64x64xf32> loc("model.layers.1.self_attn.o_proj.weight"),
      %arg16: tensor<64xf32> loc("model.layers.1.post_attention_layernorm.weight"),
      %arg17: tensor<128x64xf32> loc("model.layers.1.mlp.gate_proj.weight"),
      %arg18: tensor<128x64xf32> loc("model.layers.1.mlp.up_proj.weight"),
      %arg19: tensor<64x128xf32> loc("model.layers.1.mlp.down_proj.weight"),
      %arg20: tensor<8xi32> loc("tokens"),
      %arg21: tensor<i32> loc("start"),
      %arg22: tensor<i32> loc("length"),
      %arg23: tensor<i32> loc("slot"),
      %arg24: tensor<2x32x2x16xf32> {tf.aliasing_output = 1 : i32} loc("cache.k.0"),
      %arg25: tensor<2x32x2x16xf32> {tf.aliasing_output = 2 : i32} loc("cache.v.0"),
      %arg26: tensor<2x32x2x16xf32> {tf.aliasing_output = 3 : i32} loc("cache.k.1"),
      %arg27: tensor<2x32x2x16xf32> {tf.aliasing_output = 4 : i32} loc("cache.v.1"))
      -> (tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>) {
    %0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg21, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.iota dim = 0 : tensor<8xi32>
    %3 = stablehlo.add %2, %1 : tensor<8xi32>
    %4 = stablehlo.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3FCE4F753F6F187F3F84EC7F3F5DFE7F3FDDFF7F3FFDFF7F3F0000803F40510A3FCE4F753F6F187F3F84EC7F3F5DFE7F3FDDFF7F3FFDFF7F3F0000803F3311D5BEB323563F5D637C3F14B27F3F72F97F3F73FF7F3FF4FF7F3FFFFF7F3F3311D5BEB323563F5D637C3F14B27F3F72F97F3F73FF7F3FF4FF7F3FFFFF7F3F26707DBF0916253FB1E5773FB9507F3F41F17F3FC3FE7F3FE5FF7F3FFEFF7F3F26707DBF0916253FB1E5773FB9507F3F41F17F3FC3FE7F3FE5FF7F3FFEFF7F3F305527BFD17ECC3E8BA7713F81C87E3FCAE57F3FCCFD7F3FD1FF7F3FFCFF7F3F305527BFD17ECC3E8BA7713F81C87E3FCAE57F3FCCFD7F3FD1FF7F3FFCFF7F3F2C3C913EAAF8F63D37B4693F81197E3F0BD77F3F8EFC7F3FB6FF7F3FFAFF7F3F2C3C913EAAF8F63D37B4693F81197E3F0BD77F3F8EFC7F3FB6FF7F3FFAFF7F3FB8CD753FB1542CBE151A603FD4437D3F07C57F3F0AFB7F3F95FF7F3FF7FF7F3FB8CD753FB1542CBE151A603FD4437D3F07C57F3F0AFB7F3F95FF7F3FF7FF7F3FBDFF403FF0E0E2BE85EA543F9A477C3FBCAF7F3F40F97F3F6FFF7F3FF4FF7F3FBDFF403FF0E0E2BE85EA543F9A477C3FBCAF7F3F40F97F3F6FFF7F3FF4FF7F3FF6FD14BED2522EBFC439483FFA247B3F2C977F3F2FF77F3F42FF7F3FF0FF7F3FF6FD14BED2522EBFC439483FFA247B3F2C977F3F2FF77F3F42FF7F3FF0FF7F3FD53F69BFBFA65CBFC81E3A3F1FDC793F567B7F3FD7F47F3F10FF7F3FECFF7F3FD53F69BFBFA65CBFC81E3A3F1FDC793F567B7F3FD7F47F3F10FF7F3FECFF7F3F64CD56BFE98D78BF14B32A3F3D6D783F3A5C7F3F39F27F3FD7FE7F3FE7FF7F3F64CD56BFE98D78BF14B32A3F3D6D783F3A5C7F3F39F27F3FD7FE7F3FE7FF7F3F7205913BDAB37FBF90121A3F8AD8763FDA397F3F55EF7F3F99FE7F3FE2FF7F3F7205913BDAB37FBF90121A3F8AD8763FDA397F3F55EF7F3F99FE7F3FE2FF7F3FD006583FC37F71BF4E5B083F451E753F36147F3F29EC7F3F55FE7F3FDCFF7F3FD006583FC37F71BF4E5B083F451E753F36147F3F29EC7F3F55FE7F3FDCFF7F3F6F4E683F43214FBFB95AEB3EB13E733F4EEB7E3FB8E87F3F0BFE7F3FD6FF7F3F6F4E683F43214FBFB95AEB3EB13E733F4EEB7E3FB8E87F3F0BFE7F3FD6FF7F3FD7040C3E09771BBF0D55C43E163A713F23BF7E3F00E57F3FBBFD7F3FCFFF7F3FD7040C3E09771BBF0D55C43E163A713F23BF7E3F00E57F3FBBFD7F3FCFFF7F3FE87A42BF11A3B5BE31EC9B3EC4106F3FB58F7E3F01E17F3F65FD7F3FC8FF7F3FE87A42BF11A3B5BE31EC9B3EC4106F3FB58F7E3F01E17F3F65FD7F3FC8FF7F3F2C2975BFF6B494BD80D2643E0EC36C3F045D7E3FBCDC7F3F09FD7F3FC0FF7F3F2C2975BFF6B494BD80D2643E0EC36C3F045D7E3FBCDC7F3F09FD7F3FC0FF7F3F36E28CBE97C65C3EA52E103E4E516A3F12277E3F30D87F3FA7FC7F3FB8FF7F3F36E28CBE97C65C3EA52E103E4E516A3F12277E3F30D87F3FA7FC7F3FB8FF7F3F840A293F10BCF83EC8176A3DE4BB673FE0ED7D3F5ED37F3F3FFC7F3FAFFF7F3F840A293F10BCF83EC8176A3DE4BB673FE0ED7D3F5ED37F3F3FFC7F3FAFFF7F3FBF1B7D3FE727373F0865DCBC3503653F6DB17D3F45CE7F3FD1FB7F3FA6FF7F3FBF1B7D3FE727373F0865DCBC3503653F6DB17D3F45CE7F3FD1FB7F3FA6FF7F3F22F0D03E85A6623FBADAE2BDA927623FBB717D3FE6C87F3F5EFB7F3F9CFF7F3F22F0D03E85A6623FBADAE2BDA927623FBB717D3FE6C87F3F5EFB7F3F9CFF7F3FFC370CBF27387B3FE58046BEB2295F3FCB2E7D3F40C37F3FE4FA7F3F92FF7F3FFC370CBF27387B3FE58046BEB2295F3FCB2E7D3F40C37F3FE4FA7F3F92FF7F3F6FFD7FBF96CF7E3FA7168DBEC2095C3F9DE87C3F54BD7F3F65FA7F3F87FF7F3F6FFD7FBF96CF7E3FA7168DBEC2095C3F9DE87C3F54BD7F3F65FA7F3F87FF7F3FBF6708BF0D206D3F9DEDB5BE55C8583F329F7C3F22B77F3FDFF97F3F7CFF7F3FBF6708BF0D206D3F9DEDB5BE55C8583F329F7C3F22B77F3FDFF97F3F7CFF7F3FFE2DD93E99A3473F747BDDBEE965553F8B527C3FA9B07F3F54F97F3F70FF7F3FFE2DD93E99A3473F747BDDBEE965553F8B527C3FA9B07F3F54F97F3F70FF7F3F78BF7D3F8D7B113F4ABC01BF01E3513FAA027C3FE9A97F3FC2F87F3F64FF7F3F78BF7D3F8D7B113F4ABC01BF01E3513FAA027C3FE9A97F3FC2F87F3F64FF7F3F819C253F3B5B9E3E28D013BF26404E3F8FAF7B3FE3A27F3F2BF87F3F57FF7F3F819C253F3B5B9E3E28D013BF26404E3F8FAF7B3FE3A27F3F2BF87F3F57FF7F3F389395BE2D63C83C9AD824BFE77D4A3F3B597B3F979B7F3F8EF77F3F4AFF7F3F389395BE2D63C83C9AD824BFE77D4A3F3B597B3F979B7F3F8EF77F3F4AFF7F3F576D76BF8F5A86BED4B634BFD69C463FAFFF7A3F04947F3FEBF67F3F3CFF7F3F576D76BF8F5A86BED4B634BFD69C463FAFFF7A3F04947F3FEBF67F3F3CFF7F3FB3803FBF9F0107BF1C4E43BF899D423FEDA27A3F2B8C7F3F42F67F3F2EFF7F3FB3803FBF9F0107BF1C4E43BF899D423FEDA27A3F2B8C7F3F42F67F3F2EFF7F3F18F41D3E01903FBF118450BF9D803E3FF6427A3F0B847F3F93F57F3F20FF7F3F18F41D3E01903FBF118450BF9D803E3FF6427A3F0B847F3F93F57F3F20FF7F3F8E2C6A3F7B1F68BFC9405CBFB2463A3FCBDF793FA57B7F3FDEF47F3F10FF7F3F8E2C6A3F7B1F68BFC9405CBFB2463A3FCBDF793FA57B7F3FDEF47F3F10FF7F3F"> : tensor<32x16xf32>
    %5 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %6 = "stablehlo.gather"(%4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %7 = stablehlo.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A46A573F1666923E4103AC3DEDBCC73CECB3E73B6161063B2ADF1B3AD4CC3439A46A573F1666923E4103AC3DEDBCC73CECB3E73B6161063B2ADF1B3AD4CC3439B7C7683F57490C3FA8672B3EB9AD473D71B2673C4E61863B29DF9B3AD4CCB439B7C7683F57490C3FA8672B3EB9AD473D71B2673C4E61863B29DF9B3AD4CCB439C381103ECCA8433F98977F3E4BAF953DFAC3AD3CC791C93BB8CEE93A9F99073AC381103ECCA8433F98977F3E4BAF953DFAC3AD3CC791C93BB8CEE93A9F99073ACFBD41BFBDB16A3F91FCA83EF270C73D82ACE73C0461063C21DF1B3BD3CC343ACFBD41BFBDB16A3F91FCA83EF270C73D82ACE73C0461063C21DF1B3BD3CC343A107C75BFBC217E3F9DFBD03E3E14F93D0AC9103D00F9273CE3D6423B0700623A107C75BFBC217E3F9DFBD03E3E14F93D0AC9103D00F9273CE3D6423B0700623A8C0F8FBE46597C3F9880F73ECF48153EF8B92D3DCD90493C9FCE693B9D99873A8C0F8FBE46597C3F9880F73ECF48153EF8B92D3DCD90493C9FCE693B9D99873A4630283F7A7E653FE7220E3FC7F02D3EADA84A3D63286B3C2C63883B37339E3A4630283F7A7E653FE7220E3FC7F02D3EADA84A3D63286B3C2C63883B37339E3A95467D3FE6793B3F5D841F3F457E463ECA94673DDC5F863C04DF9B3BD0CCB43A95467D3FE6793B3F5D841F3F457E463ECA94673DDC5F863C04DF9B3BD0CCB43A3201D33EBBCD013F3DC52F3F8DED5E3EF83E823D622B973CD95AAF3B6966CB3A3201D33EBBCD013F3DC52F3F8DED5E3EF83E823D622B973CD95AAF3B6966CB3AF8440BBF442B753E20C83E3FE63A773EE0B1903DBEF6A73CABD6C23B0200E23AF8440BBF442B753E20C83E3FE63A773EE0B1903DBEF6A73CABD6C23B0200E23A5CFF7FBF436545BDDC714C3F4FB1873EEE229F3DEBC1B83C7752D63B9A99F83A5CFF7FBF436545BDDC714C3F4FB1873EEE229F3DEBC1B83C7752D63B9A99F83AD85C09BF77DFA9BEBCA9583F82B0933EF291AD3DE58CC93C3ECEE93B9999073BD85C09BF77DFA9BEBCA9583F82B0933EF291AD3DE58CC93C3ECEE93B9999073B2220D73E7D7116BFA259633F3B999F3EBFFEBB3DA857DA3C014AFD3B64E6123B2220D73E7D7116BFA259633F3B999F3EBFFEBB3DA857DA3C014AFD3B64E6123B72987D3F4E634BBF3A6E6C3FAA69AB3E2369CA3D2F22EB3CDF62083C30331E3B72987D3F4E634BBF3A6E6C3FAA69AB3E2369CA3D2F22EB3CDF62083C30331E3B4479263F60596FBF16D7733F0120B73EEFD0D83D76ECFB3CB920123CFB7F293B4479263F60596FBF16D7733F0120B73EEFD0D83D76ECFB3CB920123CFB7F293B106893BE02537FBFCF86793F79BAC23EF535E73D3B5B063D91DE1B3CC5CC343B106893BE02537FBFCF86793F79BAC23EF535E73D3B5B063D91DE1B3CC5CC343B251E76BFB1FA79BF1B737D3F4D37CE3E0698F53D16C00E3D659C253C8F19403B251E76BFB1FA79BF1B737D3F4D37CE3E0698F53D16C00E3D659C253C8F19403BB34040BFB2C25FBFE2947F3FBD94D93E78FB013ECB24173D355A2F3C59664B3BB34040BFB2C25FBFE2947F3FBD94D93E78FB013ECB24173D355A2F3C59664B3B6979193E77DB32BF47E87F3F0FD1E43E4529093E55891F3D0118393C23B3563B6979193E77DB32BF47E87F3F0FD1E43E4529093E55891F3D0118393C23B3563BC8B6693FD209EEBEB46C7E3F8DEAEF3E4F55103EB4ED273DC9D5423CECFF613BC8B6693FD209EEBEB46C7E3F8DEAEF3E4F55103EB4ED273DC9D5423CECFF613B102F563F75F844BED8247B3F87DFFA3E807F173EE351303D8C934C3CB44C6D3B102F563F75F844BED8247B3F87DFFA3E807F173EE351303D8C934C3CB44C6D3B150511BC8B2AC53DA316763F28D7023FC2A71E3EE3B5383D4A51563C7D99783B150511BC8B2AC53DA316763F28D7023FC2A71E3EE3B5383D4A51563C7D99783BE7A158BFC3F3C03E384B6F3FA32A083FFBCD253EB019413D040F603C22F3813BE7A158BFC3F3C03E384B6F3FA32A083FFBCD253EB019413D040F603C22F3813BFCD367BF2640203FE3CE663F63690D3F15F22C3E477D493DB8CC693C8699873BFCD367BF2640203FE3CE663F63690D3F15F22C3E477D493DB8CC693C8699873B388707BED0A4523F00B15C3F9E92123FF913343EA7E0513D678A733CE93F8D3B388707BED0A4523F00B15C3F9E92123FF913343EA7E0513D678A733CE93F8D3B0837433FA172733FD903513F89A5173F8D333B3ECD435A3D11487D3C4CE6923B0837433FA172733FD903513F89A5173F8D333B3ECD435A3D11487D3C4CE6923B0ED5743F64EC7F3F92DC433F5FA11C3FBD50423EB7A6623DDA82833CAF8C983B0ED5743F64EC7F3F92DC433F5FA11C3FBD50423EB7A6623DDA82833CAF8C983B2AB48A3E6507773FF152353F5E85213F706B493E62096B3DA961883C12339E3B2AB48A3E6507773FF152353F5E85213F706B493E62096B3DA961883C12339E3BE9E329BFCA81593F4A81253FC750263F8F83503ECE6B733D74408D3C73D9A33BE9E329BFCA81593F4A81253FC750263F8F83503ECE6B733D74408D3C73D9A33BA4EF7CBFA7D2293F3484143FDF022B3F0299573EF5CD7B3D3C1F923CD57FA93BA4EF7CBFA7D2293F3484143FDF022B3F0299573EF5CD7B3D3C1F923CD57FA93B06DECEBE7CEAD73E727A023FF09A2F3FB4AB5E3EEC17823D02FE963C3626AF3B06DECEBE7CEAD73E727A023FF09A2F3FB4AB5E3EEC17823D02FE963C3626AF3B"> : tensor<32x16xf32>
    %8 = stablehlo.reshape %3 : (tensor<8xi32>) -> tensor<8x1xi32>
    %9 = "stablehlo.gather"(%7, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<32x16xf32>, tensor<8x1xi32>) -> tensor<8x16xf32>
    %10 = stablehlo.iota dim = 1 : tensor<8x32xi32>
    %11 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x32xi32>
    %12 = stablehlo.compare  LE, %10, %11,  SIGNED : (tensor<8x32xi32>, tensor<8x32xi32>) -> tensor<8x32xi1>
    %13 = stablehlo.constant dense<0.0e+00> : tensor<8x32xf32>
    %14 = stablehlo.constant dense<-1.0e+30> : tensor<8x32xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x32xi1>, tensor<8x32xf32>
    %16 = stablehlo.reshape %arg20 : (tensor<8xi32>) -> tensor<8x1xi32>
    %17 = "stablehlo.gather"(%arg0, %16) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>}> : (tensor<256x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32> loc("embed")
    %18 = stablehlo.multiply %17, %17 : tensor<8x64xf32>
    %19 = stablehlo.constant dense<0.0e+00> : tensor<f32>
    %20 = stablehlo.reduce(%18 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.constant dense<6.4e+01> : tensor<8xf32>
    %22 = stablehlo.divide %20, %21 : tensor<8xf32>
    %23 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %24 = stablehlo.add %22, %23 : tensor<8xf32>
    %25 = stablehlo.rsqrt %24 : tensor<8xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %27 = stablehlo.multiply %17, %26 : tensor<8x64xf32>
    %28 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %29 = stablehlo.multiply %28, %27 : tensor<8x64xf32> loc("layers.0.attn_norm")
    %30 = stablehlo.dot_general %29, %arg3, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %32 = stablehlo.dot_general %29, %arg4, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %33 = stablehlo.reshape %32 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %34 = stablehlo.dot_general %29, %arg5, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.0.v")
    %36 = stablehlo.slice %31 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %37 = stablehlo.slice %31 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %38 = stablehlo.negate %37 : tensor<8x4x8xf32>
    %39 = stablehlo.concatenate %38, %36, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %40 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %41 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %42 = stablehlo.multiply %39, %41 : tensor<8x4x16xf32>
    %43 = stablehlo.multiply %31, %40 : tensor<8x4x16xf32>
    %44 = stablehlo.add %43, %42 : tensor<8x4x16xf32> loc("layers.0.q")
    %45 = stablehlo.slice %33 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %46 = stablehlo.slice %33 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %47 = stablehlo.negate %46 : tensor<8x2x8xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %49 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %50 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %51 = stablehlo.multiply %48, %50 : tensor<8x2x16xf32>
    %52 = stablehlo.multiply %33, %49 : tensor<8x2x16xf32>
    %53 = stablehlo.add %52, %51 : tensor<8x2x16xf32> loc("layers.0.k")
    %54 = stablehlo.reshape %53 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %55 = stablehlo.dynamic_update_slice %arg24, %54, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %56 = stablehlo.reshape %35 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %57 = stablehlo.dynamic_update_slice %arg25, %56, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %58 = stablehlo.reshape %44 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %59 = stablehlo.dynamic_slice %55, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %61 = stablehlo.dynamic_slice %57, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %63 = stablehlo.dot_general %58, %60, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %64 = stablehlo.constant dense<2.5e-01> : tensor<2x8x2x32xf32>
    %65 = stablehlo.multiply %63, %64 : tensor<2x8x2x32xf32>
    %66 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %67 = stablehlo.add %65, %66 : tensor<2x8x2x32xf32>
    %68 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %69 = stablehlo.reduce(%67 init: %68) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %71 = stablehlo.subtract %67, %70 : tensor<2x8x2x32xf32>
    %72 = stablehlo.exponential %71 : tensor<2x8x2x32xf32>
    %73 = stablehlo.reduce(%72 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %75 = stablehlo.divide %72, %74 : tensor<2x8x2x32xf32>
    %76 = stablehlo.dot_general %75, %62, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %77 = stablehlo.transpose %76, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.0.attn")
    %79 = stablehlo.dot_general %78, %arg6, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.0.attn_out")
    %80 = stablehlo.add %17, %79 : tensor<8x64xf32>
    %81 = stablehlo.multiply %80, %80 : tensor<8x64xf32>
    %82 = stablehlo.reduce(%81 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %83 = stablehlo.divide %82, %21 : tensor<8xf32>
    %84 = stablehlo.add %83, %23 : tensor<8xf32>
    %85 = stablehlo.rsqrt %84 : tensor<8xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %87 = stablehlo.multiply %80, %86 : tensor<8x64xf32>
    %88 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %89 = stablehlo.multiply %88, %87 : tensor<8x64xf32>
    %90 = stablehlo.dot_general %89, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %91 = stablehlo.dot_general %89, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %92 = stablehlo.logistic %90 : tensor<8x128xf32>
    %93 = stablehlo.multiply %90, %92 : tensor<8x128xf32>
    %94 = stablehlo.multiply %93, %91 : tensor<8x128xf32>
    %95 = stablehlo.dot_general %94, %arg10, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %96 = stablehlo.add %80, %95 : tensor<8x64xf32> loc("layers.0.out")
    %97 = stablehlo.multiply %96, %96 : tensor<8x64xf32>
    %98 = stablehlo.reduce(%97 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %99 = stablehlo.divide %98, %21 : tensor<8xf32>
    %100 = stablehlo.add %99, %23 : tensor<8xf32>
    %101 = stablehlo.rsqrt %100 : tensor<8xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<8x64xf32>
    %104 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %105 = stablehlo.multiply %104, %103 : tensor<8x64xf32> loc("layers.1.attn_norm")
    %106 = stablehlo.dot_general %105, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %107 = stablehlo.reshape %106 : (tensor<8x64xf32>) -> tensor<8x4x16xf32>
    %108 = stablehlo.dot_general %105, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %109 = stablehlo.reshape %108 : (tensor<8x32xf32>) -> tensor<8x2x16xf32>
    %110 = stablehlo.dot_general %105, %arg14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x32xf32>) -> tensor<8x2x16xf32> loc("layers.1.v")
    %112 = stablehlo.slice %107 [0:8, 0:4, 0:8] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %113 = stablehlo.slice %107 [0:8, 0:4, 8:16] : (tensor<8x4x16xf32>) -> tensor<8x4x8xf32>
    %114 = stablehlo.negate %113 : tensor<8x4x8xf32>
    %115 = stablehlo.concatenate %114, %112, dim = 2 : (tensor<8x4x8xf32>, tensor<8x4x8xf32>) -> tensor<8x4x16xf32>
    %116 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %117 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x4x16xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<8x4x16xf32>
    %119 = stablehlo.multiply %107, %116 : tensor<8x4x16xf32>
    %120 = stablehlo.add %119, %118 : tensor<8x4x16xf32> loc("layers.1.q")
    %121 = stablehlo.slice %109 [0:8, 0:2, 0:8] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %122 = stablehlo.slice %109 [0:8, 0:2, 8:16] : (tensor<8x2x16xf32>) -> tensor<8x2x8xf32>
    %123 = stablehlo.negate %122 : tensor<8x2x8xf32>
    %124 = stablehlo.concatenate %123, %121, dim = 2 : (tensor<8x2x8xf32>, tensor<8x2x8xf32>) -> tensor<8x2x16xf32>
    %125 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %126 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x16xf32>) -> tensor<8x2x16xf32>
    %127 = stablehlo.multiply %124, %126 : tensor<8x2x16xf32>
    %128 = stablehlo.multiply %109, %125 : tensor<8x2x16xf32>
    %129 = stablehlo.add %128, %127 : tensor<8x2x16xf32> loc("layers.1.k")
    %130 = stablehlo.reshape %129 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %131 = stablehlo.dynamic_update_slice %arg26, %130, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %132 = stablehlo.reshape %111 : (tensor<8x2x16xf32>) -> tensor<1x8x2x16xf32>
    %133 = stablehlo.dynamic_update_slice %arg27, %132, %arg23, %arg21, %0, %0 : (tensor<2x32x2x16xf32>, tensor<1x8x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x32x2x16xf32>
    %134 = stablehlo.reshape %120 : (tensor<8x4x16xf32>) -> tensor<8x2x2x16xf32>
    %135 = stablehlo.dynamic_slice %131, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %137 = stablehlo.dynamic_slice %133, %arg23, %0, %0, %0, sizes = [1, 32, 2, 16] : (tensor<2x32x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x2x16xf32>
    %138 = stablehlo.reshape %137 : (tensor<1x32x2x16xf32>) -> tensor<32x2x16xf32>
    %139 = stablehlo.dot_general %134, %136, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x2x2x16xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x32xf32>
    %140 = stablehlo.multiply %139, %64 : tensor<2x8x2x32xf32>
    %141 = stablehlo.broadcast_in_dim %15, dims = [1, 3] : (tensor<8x32xf32>) -> tensor<2x8x2x32xf32>
    %142 = stablehlo.add %140, %141 : tensor<2x8x2x32xf32>
    %143 = stablehlo.reduce(%142 init: %68) applies stablehlo.maximum across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %144 = stablehlo.broadcast_in_dim %143, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %145 = stablehlo.subtract %142, %144 : tensor<2x8x2x32xf32>
    %146 = stablehlo.exponential %145 : tensor<2x8x2x32xf32>
    %147 = stablehlo.reduce(%146 init: %19) applies stablehlo.add across dimensions = [3] : (tensor<2x8x2x32xf32>, tensor<f32>) -> tensor<2x8x2xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2] : (tensor<2x8x2xf32>) -> tensor<2x8x2x32xf32>
    %149 = stablehlo.divide %146, %148 : tensor<2x8x2x32xf32>
    %150 = stablehlo.dot_general %149, %138, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<2x8x2x32xf32>, tensor<32x2x16xf32>) -> tensor<2x8x2x16xf32>
    %151 = stablehlo.transpose %150, dims = [1, 0, 2, 3] : (tensor<2x8x2x16xf32>) -> tensor<8x2x2x16xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x2x2x16xf32>) -> tensor<8x64xf32> loc("layers.1.attn")
    %153 = stablehlo.dot_general %152, %arg15, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32> loc("layers.1.attn_out")
    %154 = stablehlo.add %96, %153 : tensor<8x64xf32>
    %155 = stablehlo.multiply %154, %154 : tensor<8x64xf32>
    %156 = stablehlo.reduce(%155 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %157 = stablehlo.divide %156, %21 : tensor<8xf32>
    %158 = stablehlo.add %157, %23 : tensor<8xf32>
    %159 = stablehlo.rsqrt %158 : tensor<8xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %161 = stablehlo.multiply %154, %160 : tensor<8x64xf32>
    %162 = stablehlo.broadcast_in_dim %arg16, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %163 = stablehlo.multiply %162, %161 : tensor<8x64xf32>
    %164 = stablehlo.dot_general %163, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %165 = stablehlo.dot_general %163, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %166 = stablehlo.logistic %164 : tensor<8x128xf32>
    %167 = stablehlo.multiply %164, %166 : tensor<8x128xf32>
    %168 = stablehlo.multiply %167, %165 : tensor<8x128xf32>
    %169 = stablehlo.dot_general %168, %arg19, contracting_dims = [1] x [1] : (tensor<8x128xf32>, tensor<64x128xf32>) -> tensor<8x64xf32>
    %170 = stablehlo.add %154, %169 : tensor<8x64xf32> loc("layers.1.out")
    %171 = stablehlo.constant dense<1> : tensor<i32>
    %172 = stablehlo.subtract %arg22, %171 : tensor<i32>
    %173 = stablehlo.dynamic_slice %170, %172, %0, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %174 = stablehlo.multiply %173, %173 : tensor<1x64xf32>
    %175 = stablehlo.reduce(%174 init: %19) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %176 = stablehlo.constant dense<6.4e+01> : tensor<1xf32>
    %177 = stablehlo.divide %175, %176 : tensor<1xf32>
    %178 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %179 = stablehlo.add %177, %178 : tensor<1xf32>
    %180 = stablehlo.rsqrt %179 : tensor<1xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %182 = stablehlo.multiply %173, %181 : tensor<1x64xf32>
    %183 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %184 = stablehlo.multiply %183, %182 : tensor<1x64xf32> loc("final_norm")
    %185 = stablehlo.dot_general %184, %arg0, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<256x64xf32>) -> tensor<1x256xf32>
    %186 = stablehlo.reshape %185 : (tensor<1x256xf32>) -> tensor<256xf32> loc("logits")
    return %186, %55, %57, %131, %133 : tensor<256xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>, tensor<2x32x2x16xf32>
  }
}
