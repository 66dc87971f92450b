// StopMatcher: stop strings found across piece boundaries; text that could
// still begin a stop string is held back, everything else released at once.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/engine.h"

namespace hf2hlo {
namespace {

// Feeds `pieces` one by one; returns what each Push released.
std::vector<std::string> Feed(StopMatcher& m, const std::vector<std::string>& pieces) {
  std::vector<std::string> out;
  for (const std::string& p : pieces) out.push_back(m.Push(p));
  return out;
}

TEST(StopMatcher, NoStopsReleasesEverything) {
  StopMatcher m({});
  EXPECT_EQ(Feed(m, {"Hello", " world", ""}), (std::vector<std::string>{"Hello", " world", ""}));
  EXPECT_FALSE(m.matched());
  EXPECT_EQ(m.Flush(), "");
}

TEST(StopMatcher, MatchAcrossPiecesCutsBeforeTheStop) {
  StopMatcher m({"is Par"});
  EXPECT_EQ(Feed(m, {"The capital ", "is", " Pa", "ris."}),
            (std::vector<std::string>{"The capital ", "", "", ""}));
  EXPECT_TRUE(m.matched());
  EXPECT_EQ(m.Flush(), "");
  EXPECT_EQ(m.Push("more"), "") << "nothing after a match";
}

TEST(StopMatcher, HeldBackTextIsReleasedWhenItCannotMatch) {
  StopMatcher m({"END"});
  EXPECT_EQ(m.Push("abcE"), "abc");
  EXPECT_EQ(m.Push("N"), "");
  EXPECT_EQ(m.Push("x"), "ENx");
  EXPECT_FALSE(m.matched());
  EXPECT_EQ(m.Push("EN"), "");
  EXPECT_EQ(m.Flush(), "EN") << "at the end, held-back text is output";
}

TEST(StopMatcher, EarliestOfSeveralStopsWins) {
  StopMatcher m({"world", "lo w"});
  EXPECT_EQ(m.Push("hello world"), "hel");
  EXPECT_TRUE(m.matched());
}

TEST(StopMatcher, LongestPossiblePrefixIsHeld) {
  StopMatcher m({"aab", "b"});
  EXPECT_EQ(m.Push("xaa"), "x");  // "aa" may begin "aab"
  EXPECT_EQ(m.Push("a"), "a");    // "aaa": only the last "aa" may still match
  EXPECT_EQ(m.Push("b"), "");     // the held "aa" + "b" is "aab"
  EXPECT_TRUE(m.matched());
}

TEST(StopMatcher, MultiByteUtf8Stops) {
  StopMatcher m({"\xc3\xa9t\xc3\xa9"});  // "été"
  EXPECT_EQ(m.Push("un \xc3\xa9"), "un ");
  EXPECT_EQ(m.Push("t"), "");
  EXPECT_EQ(m.Push("\xc3\xa9 chaud"), "");
  EXPECT_TRUE(m.matched());
}

}  // namespace
}  // namespace hf2hlo
