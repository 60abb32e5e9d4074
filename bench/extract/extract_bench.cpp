// Kernels of extraction on real text (samples/, or the .txt files of
// $KG_BENCH_TEXT): the gazetteer's phrase matcher, the sentence splitter
// (and ICU's alone, which it must agree with), clauses, the normalizer,
// reading (SHA-1, UTF-8 check), entity recognition, and one whole document
// through the Extractor.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/entity_recognizer.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/normalizer.h"
#include "extract/rule_pack.h"
#include "extract/sentences.h"
#include "text/charset.h"
#include "text/input.h"
#include "text/sha1.h"

namespace {
namespace fs = std::filesystem;
using namespace kg::extract;

// The benchmark text: every .txt file, concatenated in path order.
const std::string& text() {
  static const std::string all = [] {
    const char* dir = std::getenv("KG_BENCH_TEXT");
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(dir ? dir : KG_SOURCE_DIR "/samples")) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::string joined;
    for (const fs::path& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      joined += content.str();
      joined += '\n';
    }
    return joined;
  }();
  return all;
}

const RulePack& pack() {
  static const RulePack rules = default_rule_pack();
  return rules;
}

void BM_GazetteerMatch(benchmark::State& state) {
  const Gazetteer gazetteer(pack());
  const std::string normalized = normalize(text()).text;
  std::vector<PhraseMatcher::Match> matches;
  for (auto _ : state) {
    matches.clear();
    gazetteer.find_all(normalized, matches);
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * normalized.size()));
  state.counters["matches"] = static_cast<double>(matches.size());
}
BENCHMARK(BM_GazetteerMatch);

void BM_SentenceSplit(benchmark::State& state) {
  const std::string normalized = normalize(text()).text;
  for (auto _ : state) benchmark::DoNotOptimize(split_sentences(normalized));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * normalized.size()));
}
BENCHMARK(BM_SentenceSplit);

// ICU over all of the text: what split_sentences did before its fast path.
void BM_SentenceSplitIcu(benchmark::State& state) {
  const std::string normalized = normalize(text()).text;
  SentenceSplitter splitter;
  for (auto _ : state) benchmark::DoNotOptimize(splitter.split_by_icu(normalized));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * normalized.size()));
}
BENCHMARK(BM_SentenceSplitIcu);

void BM_SplitClauses(benchmark::State& state) {
  const std::string normalized = normalize(text()).text;
  const std::vector<Span> sentences = split_sentences(normalized);
  std::size_t clauses = 0;
  for (auto _ : state) {
    clauses = 0;
    for (const Span& sentence : sentences) clauses += split_clauses(normalized, sentence).size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * normalized.size()));
  state.counters["clauses"] = static_cast<double>(clauses);
}
BENCHMARK(BM_SplitClauses);

// Arg 1: the SHA extensions where the processor has them; 0: the portable code.
void BM_Sha1(benchmark::State& state) {
  for (auto _ : state) {
    kg::text::Sha1 hash(state.range(0) != 0);
    hash.update(text());
    benchmark::DoNotOptimize(hash.hex_digest());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
  state.counters["sha_extensions"] = kg::text::Sha1(state.range(0) != 0).uses_sha_extensions();
}
BENCHMARK(BM_Sha1)->Arg(0)->Arg(1);

void BM_DecodeUtf8(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kg::text::decode_to_utf8(text(), "bench.txt"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
}
BENCHMARK(BM_DecodeUtf8);

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(normalize(text()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
}
BENCHMARK(BM_Normalize);

// With the default pack's regional vocabulary, as the Extractor normalizes.
void BM_NormalizeWithVocabulary(benchmark::State& state) {
  const RegionalVocabulary vocabulary =
      RegionalVocabulary::from_json(pack().vocabulary_json, pack().vocabulary_source);
  for (auto _ : state) benchmark::DoNotOptimize(normalize(text(), vocabulary));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
  state.counters["words"] = static_cast<double>(vocabulary.size());
}
BENCHMARK(BM_NormalizeWithVocabulary);

// Entity recognition alone, sentence by sentence: the share of extraction
// the phrase matchers and the candidate selection take.
void BM_RecognizeSentences(benchmark::State& state) {
  const Gazetteer gazetteer(pack());
  const EntityRecognizer recognizer(pack(), gazetteer);
  const std::string normalized = normalize(text()).text;
  const std::vector<Span> sentences = split_sentences(normalized);
  const LearnedAliases none;
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (const Span& sentence : sentences) {
      mentions += recognizer.recognize(normalized, recognizer.prepare(normalized, sentence), none).size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * normalized.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_RecognizeSentences);

void BM_ExtractDocument(benchmark::State& state) {
  const Extractor extractor(pack());
  const kg::text::Document document = kg::text::make_document("bench.txt", text());
  for (auto _ : state) benchmark::DoNotOptimize(extractor.extract(document));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
}
BENCHMARK(BM_ExtractDocument);

}  // namespace

BENCHMARK_MAIN();
