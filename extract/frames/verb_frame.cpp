// The verb frame: SUBJECT … TRIGGER … OBJECT, with the passive (…倡议由中国提出),
// the object stated first (以…为愿景, 峰会在乌镇举行), a subject carried over
// from earlier in the sentence or the document's main actor, and the year
// governing the clause.
#include <algorithm>
#include <optional>
#include <vector>

#include "extract/frames/reading.h"
#include "extract/frames/verb_clause.h"
#include "text/utf8.h"

namespace kg::extract {
namespace utf8 = text::utf8;  // characters as the text layer steps through them

using namespace verb_clause;

void read_verb(const FrameGrammar& grammar, SentenceReading& reading, const Trigger& trigger) {
  const RelationRule& rule = grammar.rule(trigger.rule);
  const ModifierRules& modifiers = grammar.modifiers();
  const std::string_view word = reading.word(trigger);
  const Span clause = reading.clause_of(trigger.span.begin);
  const bool hosting = rule.relation == graph::RelationType::Hosted;

  // The subject, as an index into the sentence's mentions (none: mentions.size()).
  // A name in an adjunct (在…上, 致…, 向…) is no subject, except the country
  // an event is held in: 峰会在中国举行.
  const std::size_t none = reading.mentions.size();
  std::size_t subject = none;
  bool held_in = false;      // the subject is where the event is held
  bool adopted_in = false;   // the subject is the body 在 names before the verb (在联大通过)
  bool person_acts = false;  // the clause's subject is a person the rule does not take
  // The object a preposition puts before the verb (对华实施出口管制, 将华为列入实体清单).
  const auto marked = marked_object(reading, rule, clause, trigger);
  if (!rule.subject_types.empty()) {
    // (The subject stands before it: 美国商务部|将…中国实体列入清单.)
    const std::size_t subject_end = marked ? reading.mention(*marked).span.begin : trigger.span.begin;
    subject =
        reading.nearest_left(clause.begin, subject_end, rule.subject_types, kSkipPartnered | kSkipAdjunct)
            .value_or(none);
    // A verb heading a relative clause on another verb's object (肯尼亚参加了|在上海举行的|大会) has no
    // subject before that verb: the actor acts in the other (not a second verb joined to it, 发起并主办的).
    if (subject != none &&
        heads_relative_on_another_verb(grammar, reading, trigger, reading.mention(subject)))
      subject = none;
    // A person acting (美国总统特朗普签署…) is the subject: a rule for
    // countries and bodies does not reach past the person to the country.
    if (!type_in(graph::NodeType::Person, rule.subject_types)) {
      if (auto person = reading.nearest_left(clause.begin, trigger.span.begin, {graph::NodeType::Person},
                                             kSkipPartnered | kSkipAdjunct);
          person &&
          (subject == none || reading.mention(subject).span.end <= reading.mention(*person).span.begin)) {
        subject = none;
        person_acts = true;
      }
    }
    // 在中国举办 names the host; 在瑞士举行 only the place.
    const bool hosting_verb =
        hosting && std::find(modifiers.hosting_verbs.begin(), modifiers.hosting_verbs.end(), word) !=
                       modifiers.hosting_verbs.end();
    if (hosting_verb) {
      if (auto host = reading.nearest_left(clause.begin, trigger.span.begin, {graph::NodeType::Country});
          host && reading.mention(*host).span.end == trigger.span.begin &&
          ending_of(reading.text.substr(clause.begin, reading.mention(*host).span.begin - clause.begin),
                    modifiers.place_prepositions) &&
          (subject == none || subject == *host ||
           reading.mention(subject).span.end < reading.mention(*host).span.begin)) {
        subject = *host;
        held_in = true;
      }
    }
    // 在联大通过 names the body that adopts.
    if (rule.relation == graph::RelationType::Adopted &&
        std::find(modifiers.adopting_in_verbs.begin(), modifiers.adopting_in_verbs.end(), word) !=
            modifiers.adopting_in_verbs.end()) {
      if (auto body = reading.nearest_left(clause.begin, trigger.span.begin, {graph::NodeType::Organization});
          body && (subject == none || subject == *body) && ends_clause(reading, modifiers, trigger, clause) &&
          reading.mention(*body).span.end == trigger.span.begin &&
          ending_of(reading.text.substr(clause.begin, reading.mention(*body).span.begin - clause.begin),
                    modifiers.place_prepositions)) {
        subject = *body;
        adopted_in = true;
      }
    }
  }
  // A subject with a verb of its own and a list mark before this one is that verb's agent: in
  // 由秘鲁主提、80多个国家联署的决议, 秘鲁 only put it forward; who co-signed is unnamed.
  if (subject != none) {
    const std::size_t after = reading.mention(subject).span.end;
    const std::string_view between = reading.text.substr(after, trigger.span.begin - after);
    constexpr std::string_view kMark = "、";
    const std::size_t mark = between.find(kMark);
    // (Its verb ends at the mark, nothing named between: not 联合|北京大学、清华大学发布, whose partners
    // act along; and an agent stands between the mark and this verb: not 由中国发起、主办的…, one
    // agent's two verbs.)
    if (mark != std::string_view::npos && mark > 0 && utf8::length(between.substr(0, mark)) <= 4 &&
        mark + kMark.size() < between.size() && grammar.verb_starts_at(reading.text, after, after + mark))
      subject = none;
  }
  // A list in brackets only notes who (…、8票弃权（中国、伊朗）批准): the clause's subject is unnamed.
  if (subject != none && reading.in_note_brackets(subject)) {
    subject = none;
    person_acts = true;
  }
  // A clause that only counts the list before it (…以及智谱AI，共16家企业签署了…) leaves the list the
  // subject.
  std::size_t agents_floor = clause.begin;
  if (subject == none && !rule.subject_types.empty() && !person_acts &&
      counts_the_list_before(grammar, reading.text.substr(clause.begin, trigger.span.begin - clause.begin))) {
    if (auto listed = reading.nearest_left(reading.sentence.begin, clause.begin, rule.subject_types,
                                           kSkipPartnered | kSkipAdjunct);
        listed &&
        reading.text
                .substr(reading.mention(*listed).span.end, clause.begin - reading.mention(*listed).span.end)
                .find_first_not_of(", ") == std::string_view::npos) {
      subject = *listed;
      agents_floor = reading.clause_of(reading.mention(*listed).span.begin).begin;
    }
  }
  // Reported speech: in 某某表示，… the speaker is not the subject of what follows.
  const std::size_t speech_from = subject != none ? reading.mention(subject).span.end : clause.begin;
  const bool reported = reading.said_between(speech_from, trigger.span.begin);
  if (reported) subject = none;
  // A cleft names the subjects after the verb; the verb's own clause ends at its link.
  std::optional<Cleft> cleft;
  if (subject == none && !rule.subject_types.empty() && !person_acts && !reported)
    cleft = cleft_subjects(grammar, reading, rule, trigger, clause);
  const Span own_clause = cleft ? Span{clause.begin, cleft->link_at} : clause;
  // The passive: …倡议由中国提出, …由中国与法国共同主办 — the object stands
  // before 由, the agents after it.
  // So is a verb its agent governs under, the clause's subject what it acts on:
  // 工作组在|新加坡大使X|主持下|通过….
  bool passive = false;
  bool under = false;
  std::size_t passive_at = 0;  // where the passive marker begins
  std::vector<std::size_t> agents;
  if (subject != none) {
    agents = reading.list_to(subject, rule.subject_types, modifiers.coordinators, agents_floor);
    const Mention& first = reading.mention(agents.back());
    const std::string_view before = reading.text.substr(clause.begin, first.span.begin - clause.begin);
    const bool person = first.type == graph::NodeType::Person;
    if (const auto marker = passive_marker(grammar, before, person, modifiers.passive_markers)) {
      passive = true;
      passive_at = clause.begin + *marker;
    } else if (const auto opener =
                   opening_of(reading.text.substr(trigger.span.end, clause.end - trigger.span.end),
                              modifiers.under_closers)
                       ? passive_marker(grammar, before, person, modifiers.under_openers)
                       : std::nullopt) {
      passive = under = true;
      passive_at = clause.begin + *opener;
      // (A deputy chairing it stands in for the head, and leads nothing: 在副部长X主持下.)
      const std::string_view agent_phrase = reading.text.substr(passive_at, first.span.begin - passive_at);
      if (rule.relation == graph::RelationType::Leads &&
          std::any_of(modifiers.deputies.begin(), modifiers.deputies.end(), [&](const std::string& deputy) {
            return agent_phrase.find(deputy) != std::string_view::npos;
          })) {
        reading.drop(rule, word, "a deputy chairs");
        return;
      }
    }
  }

  // A stance received is only read as a passive: 该倡议得到|俄罗斯的响应, not 俄罗斯的响应.
  if (rule.received && !passive) {
    reading.drop(rule, word, "no receiver");
    return;
  }

  std::vector<std::size_t> objects;
  bool object_first = false;        // the object stands before the verb
  const Mention* unsaid = nullptr;  // an object named in the sentence before, if none is here
  const std::size_t object_limit = own_clause.end;
  if (passive) {
    const std::size_t before = passive_at;
    if (auto object = reading.nearest_right(trigger.span.end, object_limit, rule.object_types);
        object && relative_head_follows(grammar, reading, trigger, reading.mention(*object))) {
      // 由中国主办的《…》峰会: the object follows, after 的.
      objects.push_back(*object);
      object_first = true;
    } else if (auto object = under || ends_clause(reading, modifiers, trigger, clause)
                                 ? reading.nearest_left(under ? clause.begin : reading.sentence.begin, before,
                                                        rule.object_types, kSkipAdjunct)
                                 : std::nullopt) {
      // The passive's subject: 峰会由中国主办. (Not a place: 之友小组在联合国成立，由中国和
      // 赞比亚共同牵头; nor where a verb follows: 由教科文组织牵头|制定标准.)
      objects.push_back(*object);
      object_first = true;
    }
    // An entry's definition that opens with its passive is of the term heading it, alone on the line
    // before (《X倡议》 / 2021年3月由挪威提出，…).
    // (The verb its agents': not a later one past a relative clause, 2024年由智利主办的分论坛在利马举行.)
    const std::string_view agents = reading.text.substr(passive_at, trigger.span.begin - passive_at);
    if (objects.empty() && reading.headword && type_in(reading.headword->type, rule.object_types) &&
        clause.begin == reading.sentence.begin && reading.opens_clause(clause, passive_at) &&
        agents.find("的") == std::string_view::npos && ends_clause(reading, modifiers, trigger, clause))
      unsaid = reading.headword;
  } else if (auto object = reading.nearest_right(trigger.span.end, object_limit, rule.object_types,
                                                 names_its_object(rule.relation) || rule.quoted_objects)) {
    // A name right before a title qualifies it: 通过的非洲大陆自由贸易区|《数字贸易议定书》.
    const Mention& first = reading.mention(*object);
    const std::string_view first_text =
        reading.text.substr(first.span.begin, first.span.end - first.span.begin);
    const bool titled = ends_with(first_text, "》") || ends_with(first_text, "”");
    // So does one whose title follows after 的: 批评欧盟的《数字服务法》 criticizes the law.
    std::size_t title_at = first.span.end;
    if (const std::string* particle =
            opening_of(reading.text.substr(first.span.end), grammar.modifiers().relative_particles))
      title_at += particle->size();
    if (!titled && starts_with(reading.text.substr(title_at), "《")) {
      if (auto title = reading.nearest_right(title_at, object_limit, rule.object_types);
          title && reading.mention(*title).span.begin == title_at) {
        object = title;
      }
    }
    // The subject of a relative clause on the object is no object: in 欢迎中方提出的《倡议》 中方
    // is not welcomed (the initiative, a rule of documents takes; 中方 proposed it, 提出's business).
    if (!subject_of_relative_clause(grammar, reading, first, object_limit))
      objects = reading.list_from(*object, rule.object_types, modifiers.coordinators, object_limit);
  } else if (marked) {
    // The object put before the verb by a preposition: 对华实施出口管制, 将华为列入实体清单.
    objects = reading.list_from(*marked, rule.object_types, modifiers.coordinators, trigger.span.begin);
    object_first = true;
  } else {
    // The object stated first: 以构建网络空间命运共同体为愿景, …峰会在乌镇举行.
    // (After the speaker too: 肯尼亚总统卡萨诺表示支持 has no object.)
    const std::size_t from = held_in || adopted_in ? clause.begin
                             : subject != none     ? reading.mention(subject).span.end
                                                   : speech_from;
    if (auto object = reading.nearest_left(from, trigger.span.begin, rule.object_types, kSkipAdjunct)) {
      // 七国集团主导的“广岛进程”排斥…: the head of a relative clause is this
      // verb's subject, not its object; nor is a person's body (中国政法大学教授张凌寒…入选).
      if (!reading.heads_relative_clause(*object) && !reading.titles_next_person(*object)) {
        objects.push_back(*object);
        object_first = true;
      }
    } else if (auto topic = reading.nearest_left(reading.sentence.begin, clause.begin, rule.object_types);
               topic && (hosting || rule.subject_types.empty())) {
      // …峰会连续举办10年，是在中国举办的…: the event is the sentence's topic;
      // so is what a date is given for (《公约》…开放签署，2004年7月生效).
      objects.push_back(*topic);
      object_first = true;
    }
  }
  // An event named before its verb is its subject's object: 峰会在中国举办.
  // (Not past a person acting: in …会晤举行，巴西总统卢拉主持 卢拉 chairs it.)
  if (subject == none && object_first && !rule.subject_types.empty() && !person_acts) {
    const Mention& object = reading.mention(objects.front());
    subject = reading
                  .nearest_left(object.span.end, trigger.span.begin, rule.subject_types,
                                kSkipPartnered | kSkipAdjunct)
                  .value_or(none);
  }
  if (rule.adjacent_object && !objects.empty() && !object_first) {
    std::string_view gap =
        reading.text.substr(trigger.span.end, reading.mention(objects.front()).span.begin - trigger.span.end);
    if (const std::string* particle = opening_of(gap, grammar.modifiers().perfective_particles))
      gap.remove_prefix(particle->size());
    // (Or 的, heading the verb's relative clause: 中国与赞比亚共同发起的|“…之友小组”.)
    if (const std::string* of = opening_of(gap, grammar.modifiers().relative_particles);
        of && of->size() == gap.size())
      gap.remove_prefix(of->size());
    // (Or the one whose it is: 宣布|中方|《…》.)
    const bool owner_only =
        std::any_of(reading.mentions.begin(), reading.mentions.end(), [&](const Mention& m) {
          return m.surface == gap && m.span.end == reading.mention(objects.front()).span.begin &&
                 (m.type == graph::NodeType::Country || m.type == graph::NodeType::Organization);
        });
    if (!gap.empty() && !owner_only) objects.clear();
  }
  // The object left unsaid where the verb ends its clause: 中国签署…，但美国拒签;
  // 张国清…出席 — the last one named before, in the sentence or the one before it.
  // Of the rule's first object type only: what one signs, rejects or attends
  // unsaid is a document or an event, not whatever body was named last.
  if (objects.empty() && rule.destination_objects) {
    // (Read by its own markers, not as a name qualifying a noun after the verb.)
    objects = trade_destinations(grammar, reading, rule, clause);
    object_first = !objects.empty();
  }
  if (objects.empty() && rule.unsaid_object && !rule.object_types.empty() &&
      ends_clause(reading, modifiers, trigger, own_clause)) {
    const graph::NodeType primary = rule.object_types.front();
    // The last thing named that the word could act on: one of another rule's
    // type (苹果公司加入 after a partnership, a document, was named) is that
    // rule's object, not this rule's, though a body was named before it.
    const std::vector<graph::NodeType>& candidates = grammar.unsaid_types(trigger.rule);
    auto named = reading.nearest_left(reading.sentence.begin, clause.begin, candidates);
    // (Not a body a person is of: 中国政法大学教授张凌寒 names her affiliation.)
    while (named && reading.titles_next_person(*named))
      named = reading.nearest_left(reading.sentence.begin, reading.mention(*named).span.begin, candidates);
    const std::string* part =
        primary == graph::NodeType::Event ? event_part_after(reading, modifiers, trigger, clause) : nullptr;
    // A part named before with its event (…峰会开幕式 … 出席开幕式) is that event's.
    const Mention* with_part = named || !part ? nullptr : reading.event_named_with(*part);
    const Mention* previous = named || with_part ? nullptr : reading.unsaid_object(candidates);
    if (named) {
      if (reading.mention(*named).type == primary) {
        objects.push_back(*named);
        object_first = true;
      }
    } else if (with_part) {
      unsaid = with_part;
    } else if (previous) {
      if (previous->type == primary) unsaid = previous;
    } else if (part) {
      // 副主席覃明远出席开幕式并致辞, paragraphs after the forum was named: the event in focus.
      unsaid = reading.event_in_focus();
    }
  }
  // So does one whose verb ends its clause, the sentence naming nothing it could act on: the term is its
  // object (全球数据安全倡议（…） / 2020年9月8日，王毅在…研讨会上提出。), right under it: a title a blank
  // line above heads a document, whose nouns (一致同意发表本倡议) are no acts on it.
  const auto right_under_term = [&] {
    const std::size_t term_end = reading.headword->span.end;
    const std::string_view between = reading.text.substr(term_end, reading.sentence.begin - term_end);
    return std::count(between.begin(), between.end(), '\n') <= 1;
  };
  if (objects.empty() && !unsaid && !passive && reading.headword &&
      type_in(reading.headword->type, rule.object_types) &&
      ends_clause(reading, modifiers, trigger, clause) && !rule.subject_types.empty() &&
      !reading.nearest_left(reading.sentence.begin, reading.sentence.end, rule.object_types) &&
      !defined_after_term(reading, trigger.span.begin, rule.object_types) && right_under_term())
    unsaid = reading.headword;
  // 对此 before the verb: what the sentence before did, that is, its actor
  // (美国商务部…列入实体清单。中方对此坚决反对); so too a stance that ends its
  // clause (…。中方表示坚决反对).
  if (objects.empty() && !unsaid &&
      (grammar.preceded_by(reading.text, clause.begin, trigger.span.begin, grammar.words().this_refs) ||
       (!passive &&
        std::find(rule.answers_act.begin(), rule.answers_act.end(), word) != rule.answers_act.end() &&
        ends_clause(reading, modifiers, trigger, clause)))) {
    unsaid = reading.previous_subject();
    if (unsaid && !type_in(unsaid->type, rule.object_types)) unsaid = nullptr;
  }
  if (!rule.object_endings.empty()) {
    std::erase_if(objects, [&](std::size_t index) {
      return !ending_of(reading.mention(index).name, rule.object_endings);
    });
  }
  if (objects.empty() && !unsaid) {
    reading.drop(rule, word, "no object");
    return;
  }
  // (Unless the word after starts what the actor is supported or opposed in:
  // 支持巴方|工作, 支持越方|举办…, 反对美方|泛化…, 批评美方|滥用….)
  const auto pivots = [&] {
    const Mention& object = reading.mention(objects.back());
    return (rule.relation == graph::RelationType::Supports ||
            rule.relation == graph::RelationType::Opposes) &&
           grammar.words().pivot_words.opening_of(
               reading.text.substr(object.span.end, clause.end - object.span.end));
  };
  // (Nor where the object heads the verb's relative clause — 欧盟发布的《白皮书》引发…: what
  // follows it is the sentence's predicate, not a noun it qualifies.)
  const auto heads_relative = [&] {
    const std::string_view gap =
        reading.text.substr(trigger.span.end, reading.mention(objects.front()).span.begin - trigger.span.end);
    const auto& particles = grammar.modifiers().relative_particles;
    return std::find(particles.begin(), particles.end(), gap) != particles.end();
  };
  if (!object_first && !objects.empty() &&
      grammar.is_modifier(reading.text, clause, reading.mention(objects.back())) && !pivots() &&
      !heads_relative()) {
    // 中国联合|法国相关博物馆…举办: the partner still acts with the subject.
    if (rule.relation == graph::RelationType::CooperatesWith) {
      for (std::size_t index : objects) reading.roles[index].partnered = true;
    }
    reading.drop(rule, word, "object qualifies a noun");
    return;
  }
  if (!object_first && !objects.empty() &&
      possessor(grammar, reading, reading.mention(objects.back()), clause)) {
    reading.drop(rule, word, "object possesses what is acted on");
    return;
  }
  // 中国通过《…》推动合作: "by means of", when another verb follows the object.
  const bool instrumental_word = std::find(modifiers.instrumental.begin(), modifiers.instrumental.end(),
                                           word) != modifiers.instrumental.end();
  if (instrumental_word && !object_first && !objects.empty()) {
    const std::size_t after = reading.mention(objects.back()).span.end;
    std::vector<PhraseMatcher::Match> verbs;
    grammar.triggers().find_all(reading.text.substr(after, clause.end - after), verbs);
    // (A word inside a later title is no verb: …及其附件《…合作意向声明》.)
    std::erase_if(verbs, [&](const PhraseMatcher::Match& verb) {
      return std::any_of(reading.mentions.begin(), reading.mentions.end(), [&](const Mention& m) {
        return starts_with(m.surface, "《") && m.span.begin <= after + verb.begin &&
               after + verb.end <= m.span.end;
      });
    });
    if (!verbs.empty()) {
      reading.drop(rule, word, "means, not an act");
      return;
    }
  }
  for (std::size_t& index : objects) reading.mentions[index].weak = false;
  if (rule.relation == graph::RelationType::CooperatesWith) {
    for (std::size_t index : objects) reading.roles[index].partnered = reading.roles[index].joined = true;
  }
  const std::optional<int> year = reading.year_before(trigger.span.begin);

  // A name run into the object before the verb qualifies it, acts in nothing:
  // 两国|政府间人工智能对话首次会议在日内瓦举行.
  if (subject != none && object_first && !objects.empty() && !held_in &&
      reading.mention(subject).span.end == reading.mention(objects.front()).span.begin) {
    subject = none;
    person_acts = true;  // the clause's subject is that noun phrase: carry no actor into it
  }
  // A relative clause with no subject of its own (在上海举行的|大会) states none: none is carried into it.
  const bool bare_relative = subject == none && !object_first && !objects.empty() && heads_relative();
  std::vector<const Mention*> subjects;
  if (rule.subject_types.empty()) {
    // A rule that only dates its object (上线, 启动).
  } else if (subject != none) {
    // The subject, those coordinated with it (中国、俄罗斯等国签署…), and
    // the actor a partner marker before them names (同阿拉伯国家联盟…发表).
    subjects = reading.acting_group(subject, rule.subject_types, clause);
    // A counted group coordinated before them has its members named after (28国和欧盟签署…，中国在列).
    const std::size_t first_begin =
        (*std::min_element(subjects.begin(), subjects.end(), [](const Mention* a, const Mention* b) {
          return a->span.begin < b->span.begin;
        }))->span.begin;
    if (first_begin > clause.begin) {
      const std::string_view before = reading.text.substr(clause.begin, first_begin - clause.begin);
      if (reading.before_counted_group(before).size() != before.size()) {
        for (const Mention* member :
             reading.group_members_after(own_clause, trigger.span.end, rule.subject_types)) {
          if (std::find(subjects.begin(), subjects.end(), member) == subjects.end())
            subjects.push_back(member);
        }
      }
    }
    // Partners a joining verb took (北京智源联合北京大学、清华大学…发布): they act with the subject.
    if (rule.relation != graph::RelationType::CooperatesWith) {
      for (std::size_t index : reading.arguments) {
        const Mention& m = reading.mention(index);
        if (reading.roles[index].joined && m.span.begin > reading.mention(subject).span.end &&
            m.span.end <= trigger.span.begin && type_in(m.type, rule.subject_types)) {
          subjects.push_back(&m);
        }
      }
    }
  } else if (cleft) {
    for (std::size_t index : cleft->subjects) subjects.push_back(&reading.mention(index));
  } else if (reported || person_acts || bare_relative) {
    // Whoever said it, the sentence states no subject for this verb; or its
    // subject is a person this rule does not take.
  } else if (auto own = reading.nearest_left(clause.begin, trigger.span.begin,
                                             {graph::NodeType::Event, graph::NodeType::Initiative},
                                             kSkipPartnered | kSkipAdjunct);
             own && !object_first &&
             std::none_of(reading.triggers.begin(), reading.triggers.end(), [&](const Trigger& t) {
               // 从发布《A》到发布《B》: an earlier verb's object is no subject.
               return t.span.begin >= clause.begin && t.span.end <= reading.mention(*own).span.begin;
             })) {
    // The clause's subject is an event or a document (会议通过《…》, 峰会发表…):
    // the act is stated, but of no actor carried over — unless the event is a
    // body's meeting (上合组织天津峰会发表《天津宣言》): the body acts there.
    if (const Mention* body = reading.convening_body(reading.mention(*own), rule.subject_types)) {
      subjects.push_back(body);
    }
  } else if (reading.names_generic_actor(clause.begin, trigger.span.begin)) {
    // A clause whose subject is generic (54个非洲国家…签署) states the act,
    // and its date, but of nobody named — but those of the group the clause
    // after names (…，其中包括中国; …，中国在列).
    subjects = reading.group_members_after(own_clause, trigger.span.end, rule.subject_types);
  } else if (const auto carried = reading.carried_subject(clause, rule.subject_types);
             carried.subject &&
             !reading.said_between(reading.mention(*carried.subject).span.end, trigger.span.begin)) {
    // A subject named earlier in the sentence carries over (…，中国…), with
    // the other members of a contraction or pair (双方…，支持…), and of the
    // list it opens (A、B作为…成员国，支持…).
    for (std::size_t index : reading.arguments) {
      if (reading.mention(index).span == reading.mention(*carried.subject).span)
        subjects.push_back(&reading.mention(index));
    }
    for (std::size_t index : reading.list_from(*carried.subject, rule.subject_types,
                                               grammar.modifiers().coordinators, clause.begin)) {
      if (index != *carried.subject) subjects.push_back(&reading.mention(index));
    }
  } else if (carried.subject || carried.blocked) {
    // 某某表示，…参加…: the speaker is not the subject of what is reported.
  } else if (const Mention* actor = reading.unsaid_actor(rule.subject_types); actor && !object_first) {
    subjects.push_back(actor);
  }
  if (!subjects.empty() && rule.relation != graph::RelationType::CooperatesWith) {
    for (std::size_t index : partners_acting_along(grammar, reading, rule, trigger, subjects)) {
      const Mention* partner = &reading.mention(index);
      if (std::find(subjects.begin(), subjects.end(), partner) == subjects.end()) subjects.push_back(partner);
    }
  }
  // Who announced it puts it forward, whatever the verb announced (宣布，中方发布…).
  const Mention* announced_by = nullptr;
  const bool puts_forward =
      rule.relation == graph::RelationType::Proposed || rule.relation == graph::RelationType::Issued;
  if (puts_forward && !subjects.empty() && type_in(graph::NodeType::Person, rule.subject_types)) {
    announced_by = announcer(grammar, reading, subjects);
    if (std::find(subjects.begin(), subjects.end(), announced_by) != subjects.end()) announced_by = nullptr;
  }
  if (subjects.empty() && !rule.subject_types.empty()) reading.drop(rule, word, "no subject");

  std::vector<const Mention*> targets;
  for (std::size_t index : objects) targets.push_back(&reading.mention(index));
  if (unsaid) targets.push_back(unsaid);
  for (const Mention* target : targets) {
    const Mention& object = *target;
    if (rule.relation != graph::RelationType::InYear) {
      // (An inverse rule's object is the relation's subject: 该组织接纳印度 — 印度 is its member.)
      for (const Mention* s : subjects) {
        if (rule.inverse)
          reading.emit(object, rule.relation, *s, year, rule, word);
        else
          reading.emit(*s, rule.relation, object, year, rule, word);
      }
      if (announced_by) reading.emit(*announced_by, graph::RelationType::Proposed, object, year, rule, word);
    }
    const bool datable = object.type == graph::NodeType::Initiative || object.type == graph::NodeType::Event;
    // The act is stated and dated whoever did it: 会议通过《…》, 由…发起的…;
    // and an event attended then took place then (2024年9月，王毅出席…会议).
    const bool attended = rule.relation == graph::RelationType::ParticipatedIn &&
                          object.type == graph::NodeType::Event && !subjects.empty();
    if (year && datable && (dates_its_object(rule.relation) || attended)) {
      reading.emit_year(object, *year, rule, word);
    }
  }
}

}  // namespace kg::extract
