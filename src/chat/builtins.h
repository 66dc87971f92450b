// Internal to hf2hlo_chat: what the template interpreter does to values, shared
// by the renderer (render.cc) and the built-ins themselves: operators,
// subscripts and attributes (operators.cc), Python str and dict methods
// (methods.cc), filters (filters.cc), tests (tests.cc) and the global
// functions (globals.cc).
//
// Every function here is stateless: evaluation limits (steps, recursion,
// output size) are the renderer's; these only bound the size of the
// sequences they build (kMaxSequence).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chat/template.h"

namespace hf2hlo::chat::internal {

constexpr int64_t kMaxSequence = 1'000'000;  // range() / repetition sizes
// Bytes of one string value, and of the strings directly in one list built
// by an operator or join: checked before the value is built, so a template
// that doubles a value in a loop fails at this size instead of exhausting
// memory. Four times the largest request body the server reads (16 MiB), and
// far more than any context's worth of text.
constexpr size_t kMaxValueBytes = size_t{64} << 20;

// ---- operators.cc ----

// The error for using an undefined value; carries its hint when it has one.
Status UndefinedError(const Value& v);
// Items of an iterable: list items, dict keys, string characters; none for
// undefined.
Result<ValueList> Iterate(const Value& v);
// An int (or bool) as an index; an error for any other type.
Result<int64_t> ToIndex(const Value& v);
// len(v) in code points for strings; 0 for undefined.
Result<size_t> Length(const Value& v);
// dict.items(): a list of (key, value) tuples.
Value ItemsOf(const ValueDict& d);
// `item in container`.
Result<bool> Contains(const Value& container, const Value& item);
// `l op r` for the comparison operators ==, !=, <, >, <=, >=, in, not in.
Result<bool> CompareOp(const std::string& op, const Value& l, const Value& r);
// `l op r` for the arithmetic operators + - * / // % ** and concatenation ~.
Result<Value> Binary(const std::string& op, const Value& l, const Value& r);
// obj[start:stop:step]; None parts take Python's defaults.
Result<Value> Slice(const Value& obj, const Value& start, const Value& stop, const Value& step);
// obj[key] and obj.name as Jinja resolves them (an item, else an attribute);
// a missing item or attribute is an undefined value, not an error.
Result<Value> GetItem(const Value& obj, const Value& key);
Result<Value> GetAttr(const Value& obj, const std::string& name);

// ---- methods.cc ----

// Python's str.strip family: strips the characters of `chars` when it is a
// string, else whitespace.
std::string StripChars(const std::string& s, const Value& chars, bool left, bool right);
// Case mappings of ASCII letters; other bytes are kept.
std::string Lower(std::string s);
std::string Upper(std::string s);
std::string Capitalize(const std::string& s);
// Jinja's title filter: words start after whitespace or one of -({[<.
std::string JinjaTitle(const std::string& s);
// Python's str.islower / str.isupper (ASCII): some cased letter, and none of
// the other case.
bool IsLowerCase(const std::string& s);
bool IsUpperCase(const std::string& s);
// The lines of `s` as str.splitlines() gives them for \n, \r and \r\n ends.
std::vector<std::string> SplitLines(const std::string& s);
// Python's str.replace; `count` < 0 replaces every occurrence.
std::string ReplaceAll(const std::string& s, const std::string& from, const std::string& to,
                       int64_t count);
// The method `name` of a str or dict bound to `obj`; nullopt when that type
// has no such method.
std::optional<Value> BoundMethod(const Value& obj, const std::string& name);

// ---- filters.cc / tests.cc ----

// `v | name(args)`: an error naming the filter when it is unknown.
Result<Value> ApplyFilter(const std::string& name, const Value& v, Args& args);
// `v is name(args)`: an error naming the test when it is unknown.
Result<bool> ApplyTest(const std::string& name, const Value& v, Args& args);

// ---- globals.cc ----

// range, namespace, dict, raise_exception and strftime_now, by name.
std::vector<std::pair<std::string, Value>> GlobalFunctions();

}  // namespace hf2hlo::chat::internal
