// The extraction pipeline for one document: normalize (offsets kept), blank
// furniture, split sentences, recognize entities (twice where the document
// defines aliases), read relations, and build the document's graph.
#include "extract/extractor.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>

#include "base/ascii.h"
#include "extract/english_words.h"
#include "extract/entity_recognizer.h"
#include "extract/frames/reading.h"
#include "extract/furniture.h"
#include "extract/gazetteer.h"
#include "extract/normalizer.h"
#include "extract/references.h"
#include "extract/sentences.h"

namespace kg::extract {
namespace {

// The document's main actor: the country named most often, if it dominates.
// Chinese official writing leaves it unsaid as the subject (…与17个国家签署…).
std::optional<Mention> document_topic(const std::vector<std::vector<Mention>>& mentions) {
  std::map<std::string, std::pair<std::size_t, const Mention*>> counts;
  std::size_t total = 0;
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.type != graph::NodeType::Country || m.nested || m.contraction) continue;
      auto& entry = counts[m.name];
      ++entry.first;
      entry.second = &m;
      ++total;
    }
  }
  const Mention* best = nullptr;
  std::size_t best_count = 0;
  for (const auto& [name, entry] : counts) {
    if (entry.first > best_count) {
      best_count = entry.first;
      best = entry.second;
    }
  }
  if (!best || best_count < 3 || best_count * 5 < total * 2) return std::nullopt;
  Mention topic = *best;
  topic.span = {};
  return topic;
}

// The body a resolution's text declares before its paragraphs: a line that is
// the body's name and a comma alone (The General Assembly,), if the sentence
// `mentions` stand in is one.
std::optional<Mention> declared_body(std::string_view text, Span sentence,
                                     const std::vector<Mention>& mentions) {
  if (mentions.size() != 1 || mentions.front().type != graph::NodeType::Organization) return std::nullopt;
  const Mention& body = mentions.front();
  std::string_view before = text.substr(sentence.begin, body.span.begin - sentence.begin);
  std::string_view after = text.substr(body.span.end, sentence.end - body.span.end);
  while (!after.empty() && (after.back() == ' ' || after.back() == '\n' || after.back() == '\r'))
    after.remove_suffix(1);
  if (!opens_line(text, sentence) || after != "," || !only_article_before(before)) return std::nullopt;
  return body;
}

// Whether `before` is only a box's label, as a news agency heads its background
// boxes (【背景资料】X, 新闻链接：X, Background: X), or blank.
bool only_box_label(std::string_view before, const std::vector<std::string>& box_labels) {
  const std::string_view label = trim_ascii_space(before);
  if (label.empty()) return true;
  for (const std::string& word : box_labels) {
    // (The normalized text has NFKC's ASCII colon for the full-width one.)
    for (const auto& [open, close] :
         {std::pair<std::string_view, std::string_view>{"【", "】"}, {"[", "]"}, {"", ":"}}) {
      if (label.size() == open.size() + word.size() + close.size() && label.starts_with(open) &&
          label.substr(open.size(), word.size()) == word && label.ends_with(close))
        return true;
    }
  }
  return false;
}

// The term a line of its own heads the next line with, as a glossary's or an
// encyclopedia's entries are headed (Counter Ransomware Initiative (CRI) /
// A coalition convened by the White House in October 2021.): a line that is one
// document's, event's or body's name alone, its abbreviation in brackets
// after it allowed, a box's label before it too, if the sentence `mentions`
// stand in is one.
std::optional<Mention> headword(std::string_view text, Span sentence, const std::vector<Mention>& mentions,
                                const std::vector<std::string>& box_labels) {
  const auto top = std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return !m.nested; });
  if (top == mentions.end()) return std::nullopt;
  const Mention& term = *top;
  if (term.weak || term.reference ||
      (term.type != graph::NodeType::Initiative && term.type != graph::NodeType::Event &&
       term.type != graph::NodeType::Organization))
    return std::nullopt;
  const std::string_view before = text.substr(sentence.begin, term.span.begin - sentence.begin);
  std::string_view after = text.substr(term.span.end, sentence.end - term.span.end);
  std::size_t bracket_end = term.span.end;  // (its abbreviation in brackets: a mention of its own)
  if (const std::size_t open = after.find('(');
      open != std::string_view::npos && is_ascii_blank(after.substr(0, open))) {
    const std::size_t close = after.find(')', open);
    if (close == std::string_view::npos) return std::nullopt;
    after.remove_prefix(close + 1);
    bracket_end += close + 1;
  }
  for (const Mention& m : mentions) {
    if (!m.nested && &m != &term && m.span.end > bracket_end) return std::nullopt;
  }
  if (!opens_line(text, sentence) || !ends_line(text, sentence) || !only_box_label(before, box_labels) ||
      !is_ascii_blank(after))
    return std::nullopt;
  return term;
}

// The document a reference list's entry on the line of sentences [first, end)
// cites, which the annotation on the line below is about (Council of Europe.
// 2001. Convention on Cybercrime. / Opened for signature in Budapest …).
std::optional<Mention> cited_title(std::string_view text, const std::vector<Span>& sentences,
                                   const std::vector<std::vector<Mention>>& mentions, std::size_t first,
                                   std::size_t end) {
  const auto citation = citation_on_line(text, {sentences[first].begin, sentences[end - 1].end});
  if (!citation) return std::nullopt;
  // (An entry whose title is the document's name, whoever its author: not a work on it, whose title
  // only opens with the name.)
  for (std::size_t k = first; k < end; ++k) {
    if (const Mention* title = cited_document(text, *citation, mentions[k])) return *title;
  }
  return std::nullopt;
}

// The node's names in English and Chinese: those the rules and CLDR give the
// entity it stands for, else its canonical name in the language of its script
// (a name found by its shape, written as the document writes it).
void name_node(const Gazetteer& gazetteer, graph::KnowledgeGraph& graph, graph::KnowledgeGraph::NodeId node) {
  const graph::NodeData& data = graph.node(node);
  std::optional<std::uint32_t> entity = gazetteer.find(data.name);
  if (entity && gazetteer.entity(*entity).type != data.type) entity.reset();
  for (graph::Language language : {graph::Language::English, graph::Language::Chinese}) {
    std::string_view name;
    if (entity) name = gazetteer.name_in(*entity, language);
    if (name.empty() && graph::language_of_script(data.name) == language) name = data.name;
    graph.set_name(node, language, name);
  }
}

}  // namespace

struct Extractor::Compiled {
  explicit Compiled(const RulePack& pack)
      : gazetteer(pack),
        references(pack),
        relations(pack),
        entities(pack, gazetteer, passengers(references, relations)),
        vocabulary(pack.vocabulary_json.empty()
                       ? RegionalVocabulary()
                       : RegionalVocabulary::from_json(pack.vocabulary_json, pack.vocabulary_source)),
        box_labels(pack.patterns.box_labels) {}

  // The recognizer's pass over a sentence also finds the words the
  // reference resolver and the relation frames look for: one pass, not five.
  // Its passenger lists: the reference words, then the frames' lists.
  static constexpr std::size_t kReferenceWords = 0;
  static constexpr std::size_t kFrameWords = 1;
  static std::vector<PhraseList> passengers(const ReferenceResolver& references,
                                            const RelationExtractor& relations) {
    std::vector<PhraseList> lists{references.words()};
    lists.insert(lists.end(), relations.word_lists().begin(), relations.word_lists().end());
    return lists;
  }

  Gazetteer gazetteer;
  ReferenceResolver references;
  RelationExtractor relations;
  EntityRecognizer entities;
  RegionalVocabulary vocabulary;
  std::vector<std::string> box_labels;  // 背景资料: the label before a background box's term
};

Extractor::Extractor(const RulePack& pack) : compiled_(std::make_unique<Compiled>(pack)) {}
Extractor::~Extractor() = default;

void Extractor::name_nodes(graph::KnowledgeGraph& graph) const {
  for (graph::KnowledgeGraph::NodeId node = 0; node < graph.node_count(); ++node) {
    name_node(compiled_->gazetteer, graph, node);
  }
}

const std::vector<std::string>& Extractor::gazetteer_conflicts() const {
  return compiled_->gazetteer.conflicts();
}

graph::KnowledgeGraph Extractor::extract(const text::Document& document, CurationNotes* notes) const {
  graph::KnowledgeGraph graph;
  graph.add_document({document.id, document.bytes, document.sha1});
  extract_into(document, graph, notes);
  return graph;
}

void Extractor::extract_into(const text::Document& document, graph::KnowledgeGraph& graph,
                             CurationNotes* notes) const {
  NormalizedText normalized = normalize(document.text, compiled_->vocabulary);
  blank_furniture(normalized.text);
  const std::string_view text = normalized.text;
  const std::vector<Span> sentences = split_sentences(text);
  const LineIndex lines(document.text);
  // Line numbers in the file, for a document read in segments.
  auto line_of = [&](std::size_t offset) { return lines.line_of(offset) + document.first_line - 1; };

  // Recognize; where the document defines aliases, recognize again with them.
  // The second pass reuses each sentence's candidates: only the learned
  // aliases differ between the passes, so only a sentence where one of them
  // occurs is read again.
  LearnedAliases learned;
  std::vector<EntityRecognizer::SentenceCandidates> prepared(sentences.size());
  std::vector<std::vector<Mention>> mentions(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    prepared[i] = compiled_->entities.prepare(text, sentences[i]);
    mentions[i] = compiled_->entities.recognize(text, prepared[i], learned);
    compiled_->entities.learn_aliases(text, sentences[i], mentions[i], learned);
  }
  if (!learned.empty()) {
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (!compiled_->entities.contains_alias(text, sentences[i], learned)) continue;
      mentions[i] = compiled_->entities.recognize(text, prepared[i], learned);
    }
  }
  const std::optional<Mention> topic = document_topic(mentions);
  // What the sentences refer back to (同年, 本届峰会, 双方), in reading order.
  Salience salience;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    compiled_->references.resolve(text, sentences[i], prepared[i].passengers(Compiled::kReferenceWords),
                                  mentions[i], salience);
  }

  auto original = [&](Span span) {
    const std::size_t begin = normalized.original_offset(span.begin);
    return std::string_view(document.text).substr(begin, normalized.original_offset(span.end) - begin);
  };
  // Names found by shape alone (not in any gazetteer), counted, so the report
  // can list those seen once: the likeliest misreadings, or gazetteer gaps.
  std::map<std::pair<graph::NodeType, std::string>, std::pair<std::size_t, std::uint32_t>> open_class;
  // Every mention's node, counted into the graph once per node at the end:
  // each add_mentions call looks the document's id up.
  std::vector<graph::KnowledgeGraph::NodeId> mentioned;
  // The nodes relations were stated between (a reference's among them).
  std::vector<graph::KnowledgeGraph::NodeId> related;
  // And every form a mention was written in, added once per (node, form,
  // origin) at the end: each add_alias call looks the form and the document up.
  std::vector<std::tuple<graph::KnowledgeGraph::NodeId, std::string_view, std::string_view>> forms;
  // The paragraph's actor: the subject its sentences last named, the one a
  // later sentence with no subject of its own is read with.
  std::optional<Mention> paragraph_actor;
  std::optional<int> line_year;     // the date heading the line (a chronology's entry)
  std::size_t paragraph_begin = 0;  // the index of the line's first sentence
  std::span<const std::vector<Mention>> previous_paragraph_end;  // the line before's last sentence
  std::vector<FoundRelation> previous_acts;                      // what the sentence before stated
  std::optional<Mention> declared;  // a resolution's body, once its text declares it
  std::optional<Mention> term;      // the name alone on the line before, heading this one
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Span sentence = sentences[i];
    const bool new_line =
        i == 0 || text.substr(sentences[i - 1].end, sentence.begin - sentences[i - 1].end).find('\n') !=
                      std::string_view::npos;
    if (new_line) {
      term.reset();
      if (i > 0 && i - 1 == paragraph_begin)
        term = headword(text, sentences[i - 1], mentions[i - 1], compiled_->box_labels);
      if (!term && i > 0) term = cited_title(text, sentences, mentions, paragraph_begin, i);
      previous_paragraph_end =
          i == 0 ? std::span<const std::vector<Mention>>() : std::span(mentions).subspan(i - 1, 1);
      paragraph_begin = i;
      paragraph_actor.reset();
      line_year = RelationExtractor::heading_year(text, sentence, mentions[i]);
    }
    std::vector<DroppedRelation> dropped;
    // Every relation is read between mentions: a sentence without any states
    // none, and is read only for the notes on what its triggers missed.
    std::vector<FoundRelation> relations;
    if (!mentions[i].empty() || notes) {
      const ActorContext actors{
          topic ? &*topic : nullptr,
          paragraph_actor ? &*paragraph_actor : nullptr,
          new_line ? std::nullopt : line_year,
          std::span(mentions).subspan(paragraph_begin, i - paragraph_begin),
          i == paragraph_begin ? previous_paragraph_end : std::span<const std::vector<Mention>>(),
          mentions,
          previous_acts,
          declared ? &*declared : nullptr,
          term ? &*term : nullptr};
      const SentenceWords words{prepared[i].passengers(Compiled::kFrameWords),
                                prepared[i].passengers(Compiled::kFrameWords + 1),
                                prepared[i].passengers(Compiled::kFrameWords + 2)};
      relations = compiled_->relations.extract(text, sentence, split_clauses(text, sentence), words,
                                               mentions[i], actors, notes ? &dropped : nullptr);
      if (auto actor = compiled_->relations.actor_of(mentions[i], relations))
        paragraph_actor = std::move(actor);
    }
    previous_acts = relations;
    if (!declared) declared = declared_body(text, sentence, mentions[i]);

    for (const Mention& mention : mentions[i]) {
      if (mention.weak || mention.reference) continue;
      auto node = graph.add_node(mention.type, mention.name);
      for (const auto& [key, value] : *mention.attributes) graph.set_attribute(node, key, value);
      forms.emplace_back(node, original(mention.span), mention.origin);
      mentioned.push_back(node);
      const bool shape_only =
          mention.origin == "text" && mention.type != graph::NodeType::Year && !mention.contraction;
      if (notes && shape_only) {
        auto& seen = open_class[{mention.type, mention.name}];
        if (seen.first++ == 0) seen.second = line_of(normalized.original_offset(mention.span.begin));
      }
    }
    if (relations.empty() && dropped.empty()) continue;
    const std::size_t sentence_offset = normalized.original_offset(sentence.begin);
    graph::Evidence evidence;
    evidence.document = document.id;
    evidence.sentence = std::string(original(sentence));
    evidence.offset = document.text_offset + sentence_offset;
    evidence.line = line_of(sentence_offset);
    if (!document.page_starts.empty()) evidence.page = document.page_at(sentence_offset);
    for (const FoundRelation& relation : relations) {
      auto subject = graph.add_node(relation.subject.type, relation.subject.name);
      auto object = graph.add_node(relation.object.type, relation.object.name);
      related.push_back(subject);
      related.push_back(object);
      auto edge = graph.add_edge(subject, relation.relation, object, relation.year);
      evidence.year = relation.year;
      evidence.rule = relation.rule;
      // The trigger as the document writes it (簽署 in a Traditional text).
      evidence.trigger = relation.trigger_span.end > relation.trigger_span.begin
                             ? std::string(original(relation.trigger_span))
                             : relation.trigger;
      graph.add_evidence(edge, evidence);
    }
    if (notes) {
      for (const DroppedRelation& drop : dropped) {
        notes->lines.push_back(document.id + ":" + std::to_string(evidence.line) + ": " + drop.rule + " '" +
                               drop.trigger + "' dropped (" + drop.reason + "): " + evidence.sentence);
      }
    }
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  for (const auto& [node, form, origin] : forms) graph.add_alias(node, form, origin, document.id);
  std::sort(mentioned.begin(), mentioned.end());
  related.insert(related.end(), mentioned.begin(), mentioned.end());
  std::sort(related.begin(), related.end());
  related.erase(std::unique(related.begin(), related.end()), related.end());
  for (graph::KnowledgeGraph::NodeId node : related) name_node(compiled_->gazetteer, graph, node);
  for (auto run = mentioned.begin(); run != mentioned.end();) {
    const auto run_end = std::upper_bound(run, mentioned.end(), *run);
    graph.add_mentions(*run, document.id, static_cast<std::uint64_t>(run_end - run));
    run = run_end;
  }
  if (notes) {
    for (const auto& [entity, seen] : open_class) {
      if (seen.first != 1) continue;
      notes->lines.push_back(document.id + ":" + std::to_string(seen.second) + ": " +
                             std::string(graph::to_string(entity.first)) + " '" + entity.second +
                             "' found by its shape once, in no gazetteer");
    }
  }
}

}  // namespace kg::extract
