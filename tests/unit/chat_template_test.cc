// The chat-template interpreter (src/chat): syntax errors with line:column,
// whitespace control, loops, namespace, macros, filters, Python formatting of
// values, and the bounds that keep hostile templates from crashing or hanging.
// tests/chat compares whole real-world templates with transformers' jinja2.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "chat/chat.h"

namespace hf2hlo::chat {
namespace {

using nlohmann::ordered_json;

std::string Render(const std::string& source,
                   const ordered_json& context = ordered_json::object()) {
  Result<std::string> out = RenderChatTemplate(source, context);
  if (!out.ok()) return "ERROR: " + out.status().message();
  return *out;
}

std::string RenderError(const std::string& source,
                        const ordered_json& context = ordered_json::object()) {
  Result<std::string> out = RenderChatTemplate(source, context);
  if (out.ok()) return "rendered: " + *out;
  return out.status().message();
}

TEST(ChatTemplateTest, SyntaxErrorsNameLineAndColumn) {
  EXPECT_EQ(RenderError("{% if x %}"),
            "chat template: 1:11: unexpected end of template, expected 'endif'");
  EXPECT_EQ(RenderError("line one\n  {{ 1 + }}"), "chat template: 2:10: unexpected '}}'");
  EXPECT_EQ(RenderError("{{ 'abc }}"), "chat template: 1:4: unterminated string literal");
  EXPECT_EQ(RenderError("a\n{# never closed"), "chat template: 2:1: missing end of comment tag");
  EXPECT_EQ(RenderError("{% frobnicate %}"), "chat template: 1:4: unknown statement 'frobnicate'");
  EXPECT_EQ(RenderError("{% break %}"), "chat template: 1:4: 'break' outside of a loop");
  EXPECT_EQ(RenderError("{{ a ]] }}"), "chat template: 1:6: unexpected ']'");
  EXPECT_EQ(RenderError("{% for x in y %}{% endif %}"),
            "chat template: 1:20: unknown statement 'endif'");
  EXPECT_FALSE(CheckChatTemplate("{{ x $ y }}").ok());
  EXPECT_TRUE(CheckChatTemplate("{{ x }}").ok());
}

TEST(ChatTemplateTest, RuntimeErrorsNameLineAndColumn) {
  EXPECT_EQ(RenderError("ok\n  {{ raise_exception('no system role') }}"),
            "chat template: 2:6: no system role");
  EXPECT_EQ(RenderError("{{ x.y.z }}"), "chat template: 1:4: 'x' is undefined");
  EXPECT_EQ(RenderError("{{ m.content.strip() }}", {{"m", {{"role", "user"}}}}),
            "chat template: 1:4: 'dict object' has no attribute 'content'");
  EXPECT_EQ(RenderError("{{ 'a' + 1 }}"),
            "chat template: 1:4: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(RenderError("{{ 1 / 0 }}"), "chat template: 1:4: division by zero");
  EXPECT_EQ(RenderError("{{ x|nosuchfilter }}"),
            "chat template: 1:4: No filter named 'nosuchfilter'.");
}

TEST(ChatTemplateTest, WhitespaceControl) {
  EXPECT_EQ(Render("a  {{- 'b' -}}  \n c"), "abc");
  EXPECT_EQ(Render("a  {%- if true -%}  b  {%- endif -%}  c"), "abc");
  // trim_blocks: the newline after a block tag goes; lstrip_blocks: indentation before it.
  EXPECT_EQ(Render("{% if true %}\n  x\n  {% endif %}\ny"), "  x\ny");
  EXPECT_EQ(Render("<{{ 'v' }}\n>"), "<v\n>");  // not after {{ }}
  EXPECT_EQ(Render("  {# comment #}\nz"), "z");
  EXPECT_EQ(Render("a {% if true %}b{% endif %}"), "a b");  // text before the tag on its line
  EXPECT_EQ(Render("  {%+ if true %}x{% endif +%}\ny"), "  x\ny");
  EXPECT_EQ(Render("x\n"), "x");      // one trailing newline is dropped
  EXPECT_EQ(Render("x\n\n"), "x\n");  // ...only one
  EXPECT_EQ(Render("a\r\nb"), "a\nb");
  EXPECT_EQ(Render("{% raw %}{{ not }}{% endraw %}"), "{{ not }}");
}

TEST(ChatTemplateTest, LoopVariables) {
  ordered_json ctx = {{"xs", {"a", "b", "c"}}};
  EXPECT_EQ(
      Render("{% for x in xs %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}"
             "{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }} {% endfor %}",
             ctx),
      "1032TrueFalse3 2121FalseFalse3 3210FalseTrue3 ");
  EXPECT_EQ(Render("{% for x in xs %}{{ loop.previtem|default('^') }}{{ x }}"
                   "{{ loop.nextitem|default('$') }},{% endfor %}",
                   ctx),
            "^ab,abc,bc$,");
  EXPECT_EQ(Render("{% for x in xs if x != 'b' %}{{ loop.index }}{{ x }}{% endfor %}", ctx),
            "1a2c");
  EXPECT_EQ(Render("{% for x in [] %}x{% else %}empty{% endfor %}"), "empty");
  EXPECT_EQ(Render("{% for x in xs %}{% if x == 'b' %}{% continue %}{% endif %}{{ x }}"
                   "{% if x == 'c' %}{% break %}{% endif %}{% endfor %}",
                   ctx),
            "ac");
  EXPECT_EQ(Render("{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}",
                   {{"d", {{"z", 1}, {"a", 2}}}}),
            "z=1;a=2;");
  EXPECT_EQ(Render("{% for x in xs %}{{ loop.cycle('odd', 'even') }}{% endfor %}", ctx),
            "oddevenodd");
  // A set inside a loop does not leak out of it.
  EXPECT_EQ(Render("{% set n = 0 %}{% for x in xs %}{% set n = n + 1 %}{% endfor %}{{ n }}", ctx),
            "0");
}

TEST(ChatTemplateTest, Namespace) {
  EXPECT_EQ(
      Render("{% set ns = namespace(n=0, s='') %}{% for x in [1, 2, 3] %}"
             "{% set ns.n = ns.n + x %}{% set ns.s = ns.s ~ x %}{% endfor %}{{ ns.n }} {{ ns.s }}"),
      "6 123");
  EXPECT_EQ(RenderError("{% set d = {} %}{% set d.x = 1 %}"),
            "chat template: 1:20: cannot assign attribute on non-namespace object");
}

TEST(ChatTemplateTest, Macros) {
  EXPECT_EQ(Render("{% macro greet(name, punct='!') %}Hi {{ name }}{{ punct }}{% endmacro %}"
                   "{{ greet('A') }} {{ greet('B', '?') }} {{ greet(punct='.', name='C') }}"),
            "Hi A! Hi B? Hi C.");
  EXPECT_EQ(Render("{% macro f(n) %}{% if n > 0 %}{{ n }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
                   "{{ f(3) }}"),
            "321");
  EXPECT_EQ(RenderError("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"),
            "chat template: 1:19: macro 'f' recursion deeper than 100");
}

TEST(ChatTemplateTest, Filters) {
  ordered_json msgs = ordered_json::array({{{"role", "system"}, {"content", "S"}},
                                           {{"role", "user"}, {"content", "U"}},
                                           {{"role", "assistant"}, {"content", "A"}}});
  ordered_json ctx = {{"messages", msgs}};
  EXPECT_EQ(Render("{{ messages|selectattr('role', 'equalto', 'user')|map(attribute='content')"
                   "|join(',') }}|{{ messages|rejectattr('role', 'eq', 'user')|list|length }}",
                   ctx),
            "U|2");
  EXPECT_EQ(Render("{{ messages|selectattr('name', 'defined')|list|count }}", ctx), "0");
  EXPECT_EQ(
      Render("{{ '  x  '|trim }}|{{ 'hello world'|title }}|{{ 'aBC'|capitalize }}|"
             "{{ 'abc'|upper }}|{{ 'a-b'|replace('-', '+') }}|{{ [3, 1]|first }}|{{ 'xyz'|last }}"),
      "x|Hello World|Abc|ABC|a+b|3|z");
  EXPECT_EQ(
      Render("{{ undefined_var|default('d') }}|{{ ''|default('e', true) }}|{{ none|d('n') }}"),
      "d|e|None");
  EXPECT_EQ(
      Render("{{ '42'|int + 1 }} {{ '2.5'|float }} {{ -3|abs }} {{ 2.5|round }} "
             "{{ 3.14159|round(2) }} {{ [1, 2, 1, 3]|unique|list }} {{ [1, 2]|reverse|list }}"),
      "43 2.5 3 2.0 3.14 [1, 2, 3] [2, 1]");
  EXPECT_EQ(Render("{{ {'b': 1, 'a': 2}|dictsort }} {{ {'b': 1}|items|list }}"),
            "[('a', 2), ('b', 1)] [('b', 1)]");
  EXPECT_EQ(Render("{{ 'a\nb\n'|indent(2) }}|{{ 'a\nb'|indent(2, true) }}"), "a\n  b\n|  a\n  b");
  EXPECT_EQ(Render("{{ {'a': [1, 2.5, none, true], 'é': 'ü\"\n'}|tojson }}"),
            "{\"a\": [1, 2.5, null, true], \"é\": \"ü\\\"\\n\"}");
  EXPECT_EQ(Render("{{ {'a': [1, {}], 'b': []}|tojson(indent=2) }}"),
            "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}");
  EXPECT_EQ(Render("{{ {'b': 1, 'a': 'é'}|tojson(ensure_ascii=true, sort_keys=true) }}"),
            "{\"a\": \"\\u00e9\", \"b\": 1}");
  EXPECT_EQ(Render("{{ 'one two  three'|wordcount }} {{ 'x'|safe }} {{ 42|string|length }}"),
            "3 x 2");
}

TEST(ChatTemplateTest, StringAndDictMethods) {
  EXPECT_EQ(
      Render(
          "{{ '  a b  '.strip() }}|{{ 'xxaxx'.strip('x') }}|{{ ' a'.lstrip() }}|"
          "{{ 'a  '.rstrip() }}|{{ 'a</think>b'.split('</think>')[-1] }}|{{ ' a  b '.split() }}"),
      "a b|a|a|a|b|['a', 'b']");
  EXPECT_EQ(Render("{{ 'abc'.startswith('ab') }} {{ 'abc'.endswith(('x', 'c')) }} "
                   "{{ 'aXa'.replace('a', 'b') }} {{ 'Ab'.upper() }}{{ 'Ab'.lower() }} "
                   "{{ '{} and {name}'.format(1, name='n') }}"),
            "True True bXb ABab 1 and n");
  EXPECT_EQ(
      Render("{{ d.get('a') }} {{ d.get('z', 'dflt') }} {{ d.keys()|list }} {{ d.values()|list }}",
             {{"d", {{"a", 1}, {"b", 2}}}}),
      "1 dflt ['a', 'b'] [1, 2]");
}

TEST(ChatTemplateTest, Expressions) {
  EXPECT_EQ(
      Render("{{ [1, 2, 3, 4][::-1] }} {{ [1, 2, 3][1:] }} {{ 'héllo'[1:3] }} {{ 'héllo'[-1] }}"),
      "[4, 3, 2, 1] [2, 3] él o");
  EXPECT_EQ(Render("{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 2 ** 10 }} {{ 7 / 2 }} "
                   "{{ 'a' ~ 1 ~ none }} {{ [1] + [2] }} {{ 'ab' * 2 }}"),
            "3 -4 1 2 1024 3.5 a1None [1, 2] abab");
  EXPECT_EQ(Render("{{ 1 < 2 < 3 }} {{ 'a' in 'cat' }} {{ 2 not in [1] }} {{ 'k' in {'k': 1} }} "
                   "{{ not 0 }} {{ 0 or 'x' }} {{ 1 and 2 }} {{ 'y' if false else 'n' }}"),
            "True True True True True x 2 n");
  EXPECT_EQ(Render("{{ x is defined }} {{ none is none }} {{ 'a' is string }} {{ {} is mapping }} "
                   "{{ 1 is number }} {{ [] is iterable }} {{ 3 is odd }} {{ 4 is divisibleby 2 }} "
                   "{{ true is true }} {{ 0 is false }} {{ x is not defined }}"),
            "False True True True True True True True True False True");
  EXPECT_EQ(Render("{{ 'a\\tb\\u00e9\\x41' }}"), "a\tbéA");
  EXPECT_EQ(Render("{{ range(3)|list }} {{ range(1, 7, 2)|list }} {{ dict(a=1) }}"),
            "[0, 1, 2] [1, 3, 5] {'a': 1}");
  EXPECT_EQ(Render("{{ x }}|{{ x|length }}|{% for i in x %}no{% endfor %}|{{ x ~ '' }}"), "|0||");
}

TEST(ChatTemplateTest, PythonFormatting) {
  EXPECT_EQ(Render("{{ 1.0 }} {{ 1e20 }} {{ 1e16 }} {{ 1e15 }} {{ 0.0001 }} {{ 0.00001 }} "
                   "{{ 0.1 + 0.2 }} {{ -2.5e-10 }} {{ 3 }} {{ true }} {{ none }}"),
            "1.0 1e+20 1e+16 1000000000000000.0 0.0001 1e-05 0.30000000000000004 -2.5e-10 3 True "
            "None");
  EXPECT_EQ(Render("{{ [1, 'a', \"it's\", none, false, 1.5, {'k': [\"q\\n\"]}] }}"),
            "[1, 'a', \"it's\", None, False, 1.5, {'k': ['q\\n']}]");
  EXPECT_EQ(Render("{{ v }}", {{"v", 2.0}}), "2.0");
  EXPECT_EQ(Render("{{ (1, 'a') }} {{ (1,) }} {{ () }}"), "(1, 'a') (1,) ()");
}

TEST(ChatTemplateTest, GenerationAndSpecialTokensAreData) {
  ordered_json ctx = {{"messages", {{{"role", "user"}, {"content", "<|im_end|>{{ x }}"}}}}};
  EXPECT_EQ(Render("{% for m in messages %}{% generation %}[{{ m.content }}]{% endgeneration %}"
                   "{% endfor %}",
                   ctx),
            "[<|im_end|>{{ x }}]");
}

TEST(ChatTemplateTest, HostileTemplatesFailCleanly) {
  EXPECT_NE(RenderError("{% for i in range(100000000) %}{% endfor %}").find("range() longer"),
            std::string::npos);
  EXPECT_NE(
      RenderError("{% for i in range(5000) %}{% for j in range(5000) %}{% for k in range(5000) %}"
                  "{% endfor %}{% endfor %}{% endfor %}")
          .find("evaluation steps"),
      std::string::npos);
  std::string deep;
  for (int k = 0; k < 5000; ++k) deep += "not ";
  EXPECT_NE(RenderError("{{ " + deep + "1 }}").find("nested too deeply"), std::string::npos);
  EXPECT_NE(RenderError("{{ " + std::string(5000, '(') + " }}").find("expected '}}'"),
            std::string::npos);
  std::string blocks;
  for (int k = 0; k < 1000; ++k) blocks += "{% if true %}";
  EXPECT_NE(RenderError(blocks).find("nested too deeply"), std::string::npos);
  EXPECT_NE(RenderError("{{ 'x' * 100000000 }}").find("too large"), std::string::npos);
  EXPECT_EQ(RenderError("{{ 9223372036854775807 + 1 }}"), "chat template: 1:4: integer overflow");
  // Regression: huge numeric fields threw std::out_of_range and aborted.
  EXPECT_NE(RenderError("{{ '{99999999999999999999}'.format() }}").find("not supported"),
            std::string::npos);
  EXPECT_NE(RenderError("{{ [1]|map(attribute='99999999999999999999')|list }}").find("out of range"),
            std::string::npos);
}

TEST(ChatTemplateTest, PicksTheNamedTemplateOfATokenizerConfig) {
  const nlohmann::json config = nlohmann::json::parse(
      R"({"chat_template": [{"name": "default", "template": "D"},
                            {"name": "tool_use", "template": "T"}]})");
  EXPECT_EQ(*ChatTemplateFromConfig(config), "D");
  EXPECT_EQ(*ChatTemplateFromConfig(config, "tool_use"), "T");
  EXPECT_NE(ChatTemplateFromConfig(config, "rag").status().message().find("no template named"),
            std::string::npos);
  EXPECT_NE(ChatTemplateFromConfig(nlohmann::json{{"chat_template", 3}})
                .status()
                .message()
                .find("expected a string or a list"),
            std::string::npos);
  EXPECT_EQ(*ChatTemplateFromConfig(nlohmann::json{{"chat_template", "S"}}), "S");
}

// A template that doubles a string or a list in a loop fails at a fixed size
// (64 MiB of string, 1,000,000 items) before it is built, instead of
// growing to gigabytes: only the rendered output used to be capped.
TEST(ChatTemplateTest, DoublingValuesFailBeforeExhaustingMemory) {
  const std::string strings =
      "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
      "{% endfor %}{{ ns.s | length }}";
  EXPECT_NE(RenderError(strings).find("longer than 67108864"), std::string::npos)
      << RenderError(strings);
  const std::string plus = "{% set ns = namespace(s='ab') %}{% for i in range(40) %}"
                           "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s | length }}";
  EXPECT_NE(RenderError(plus).find("longer than 67108864"), std::string::npos);
  const std::string lists = "{% set ns = namespace(l=[1]) %}{% for i in range(40) %}"
                            "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l | length }}";
  EXPECT_NE(RenderError(lists).find("items is longer than 1000000"), std::string::npos)
      << RenderError(lists);
  // Few items of long strings: the bytes, not the count, stop it.
  const std::string big_items =
      "{% set ns = namespace(l=['x' * 1000000]) %}{% for i in range(40) %}"
      "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l | length }}";
  EXPECT_NE(RenderError(big_items).find("bytes of strings"), std::string::npos)
      << RenderError(big_items);
  const std::string joined =
      "{% set ns = namespace(s='abcdefgh') %}{% for i in range(40) %}"
      "{% set ns.s = [ns.s, ns.s] | join %}{% endfor %}{{ ns.s | length }}";
  EXPECT_NE(RenderError(joined).find("join result is longer"), std::string::npos)
      << RenderError(joined);
  // Below the caps the same constructs render.
  EXPECT_EQ(Render("{% set ns = namespace(s='ab') %}{% for i in range(10) %}"
                   "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}"),
            "2048");
}

}  // namespace
}  // namespace hf2hlo::chat
