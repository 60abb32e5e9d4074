// Fuzz target: any bytes as a rules file (`kg build --rules`, extract/rule_pack.h),
// added to an empty pack. A FormatError naming the file is the right answer
// to a bad one; a crash, a sanitizer report or any other exception is a bug.
// A pack that loads is compiled into an Extractor and run on a few sentences
// using the default pack's triggers, so the rules the file holds are
// exercised. Not on top of the default pack, as `kg build` does: compiling
// that takes 200 ms under the sanitizers, the file alone a tenth of it, and
// the corpus holds the default pack's files one by one.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "base/errors.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "graph/native_file.h"
#include "text/input.h"

namespace {

// Verb, partner, title, list, passive, dated, venue and roster frames, a
// contraction, a reference (该倡议, 同年), a negation and a modal.
constexpr std::string_view kText =
    "2020年9月，中国提出《全球数据安全倡议》。同年，俄罗斯表示支持该倡议。\n"
    "2023年8月，肯尼亚总统鲁托出席在约翰内斯堡举行的金砖国家领导人第十五次会晤并致辞。\n"
    "巴西、印度等金砖国家在2024年金砖峰会上共同发起“数字丝绸之路”合作计划。\n"
    "中国与东盟签署《中国—东盟数字经济合作框架协议》，中美两国将加强合作。\n"
    "《人工智能法案》由欧盟于2024年通过，美国未签署。上海合作组织成员国包括中国、俄罗斯。\n"
    "习近平在世界互联网大会乌镇峰会上提出构建网络空间命运共同体，联合国秘书长古特雷斯致辞。\n";

void extract_with(const kg::extract::RulePack& pack) {
  static const kg::text::Document document = kg::text::make_document("fuzz.txt", std::string(kText));
  const kg::extract::Extractor extractor(pack);
  kg::extract::CurationNotes notes;
  kg::graph::KnowledgeGraph graph = extractor.extract(document, &notes);
  // What a pack finds must be savable: names from the rules are UTF-8 (the
  // loader checks), and so is everything taken from the text.
  std::ostringstream out;
  kg::graph::write_native(graph, out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  kg::extract::RulePack pack;
  try {
    kg::extract::add_rules(pack, json, "fuzz.json");
    // A second file on top: replacing entries must hold up too.
    kg::extract::add_rules(pack, json, "fuzz-again.json");
  } catch (const kg::Error&) {
    return 0;
  }
  try {
    extract_with(pack);
  } catch (const kg::FormatError&) {
    // A "vocabulary" section is compiled with the extractor: its errors come then.
  }
  return 0;
}
