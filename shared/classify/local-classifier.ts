import { PRAISING_CLAUSE, type AnalysedClause } from './analysed-clause.ts';
import { withoutBusinessReply } from './business-reply.ts';
import { type PhraseFinder, withClauseBreaks } from './clause-breaks.ts';
import { clipText } from '../text.ts';
import { ComplaintTypeDetector, evidenceInModelOrder, type ClauseEvidence, type ComplaintTypeScore, type PhraseEvidence } from './complaint-types.ts';
import { englishSentimentLogit, knownFeatures, type EnglishModel, type KnownFeatures } from './en-model.ts';
import { englishModel } from './en-model-loader.ts';
import { analyseEnglish } from './en-sentiment.ts';
import { englishTypeScorer } from './english-types.ts';
import { listForExplanation } from './explanation.ts';
import { roundedTo, toFixedText } from './fixed-decimals.ts';
import { ClauseNgrams, NgramIndex } from './ngram-index.ts';
import { detectIntent, findIntentCues, isRequestOnly } from './intent.ts';
import { detectLanguage } from './language.ts';
import type { ZhSentimentModel } from './sentiment-model.ts';
import { combineSentiment, NEUTRAL_BAND } from './sentiment.ts';
import { typesForEnglishPremisesOfAStay } from './premises-of-a-stay-en.ts';
import { ratingGiven } from './rating-given.ts';
import { closingThanksForRemedy } from './remedy-praised.ts';
import { quickHandlingTold } from './response-praised.ts';
import { onlyFeared, settledFearSpan } from './fear-belied.ts';
import { claimScoffed } from './claim-scoffed.ts';
import { englishPoliteRequest } from './en-polite-request.ts';
import { plainQuestion } from './plain-question.ts';
import { enquiryAddressed, requestAddressed } from './request-addressed.ts';
import { typesForRequestKept } from './request-ignored-en.ts';
import { applyEnglishRules, namesEnglishFault } from './english-type-rules.ts';
import { chargeQuestioned } from './price-questioned-en.ts';
import { typesForArrivedEarlyEn } from './arrived-early-en.ts';
import { typesForQuickService } from './quick-service-en.ts';
import { sarcasmSaidOutright, sarcasticPraise } from './sarcastic-praise.ts';
import { scareQuotedPraise } from './scare-quoted-praise.ts';
import { closingReturn, closingSatisfied } from './coming-back.ts';
import { mixedVerdict } from './mixed-verdict.ts';
import { closingRefusal } from './never-coming-back.ts';
import { closingLetdown } from './closing-letdown.ts';
import { closingUnworthy } from './closing-unworthy.ts';
import { exceptVerdict } from './except-verdict.ts';
import { faultAloneRaw, faultNamedAlone } from './fault-alone.ts';
import { priceVerdictAlone } from './value-judged-poor.ts';
import { mockingRemark } from './mocking-remark.ts';
import { serviceScene } from './service-scene.ts';
import { withoutFaintExtras } from './faint-extras.ts';
import { flawInPassing, flawIsAWait } from './flaw-in-passing.ts';
import { CLAUSE_OR_SPACE_BREAK } from './sentences.ts';
import { serviceTypeRules } from './service-type-rules.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.ts';
import { decideType, strongestNgrams, typeProbabilities, typeProbabilityBuffers, typeScratch, type TypeModel, type TypeProbabilities } from './type-model.ts';
import { complaintTypeModel } from './type-model-loader.ts';
import type { Classification, Classifier, ClassifierInput, Language, SentimentLabel } from './types.ts';
import { detectUrgency } from './urgency.ts';
import { LONG_REVIEW } from './urgency/praise-gate.ts';
import { wordsReadNote } from './words-read.ts';
import { AFTER_MILD_CONTRAST_WEIGHT } from './zh-clauses.ts';
import { zhSentimentModel } from './zh-model.ts';
import { sentimentLexiconPhrases } from './zh-rules.ts';
import { analyseChinese } from './zh-sentiment.ts';

export interface LocalClassifier extends Classifier {
  /** Same as classify, without the promise: for benchmarks, the CLI and hot loops. */
  classifySync(input: ClassifierInput): Classification;
  /**
   * Complaint types, intent and urgency from the local rules around a sentiment (and language)
   * decided elsewhere, e.g. by Amazon Comprehend (adapters/aws/comprehend-classifier.ts).
   */
  classifyWithSentiment(input: ClassifierInput, external: ExternalSentiment): Classification;
  /** What the type model reads of a message: training (scripts/train-complaint-types.ts) goes through here too. */
  analyse(text: string): MessageAnalysis;
  /** The type model's probabilities before thresholds (a copy), for choosing the thresholds. */
  typeProbabilities(text: string): TypeProbabilities;
}

export interface MessageAnalysis {
  clauses: AnalysedClause[];
  evidence: PhraseEvidence;
  /** Unbounded text sentiment evidence, before complaint evidence is added. */
  raw: number;
  length: number;
  /** serviceScene of the text. */
  scene: number;
}

export interface ExternalSentiment {
  label: SentimentLabel;
  /** In [-1, 1]. */
  score: number;
  language?: Language;
  script?: 'simplified' | 'traditional';
  /** Where it came from, for the explanations. */
  source: string;
}

export interface LocalClassifierOptions {
  /** Defaults to the built-in taxonomy; pass loadTaxonomy() to honour COMPLAINT_TAXONOMY_FILE. */
  taxonomy?: Taxonomy;
  /** Defaults to the committed model; evaluation passes one trained without held-out data. */
  sentimentModel?: ZhSentimentModel;
  /** Defaults to the committed complaint-type model; training passes candidates. */
  typeModel?: TypeModel;
  /** Defaults to the committed English model; null reads English by its lexicons alone (as its training does). */
  englishModel?: EnglishModel | null;
}

/**
 * Problem phrases are negative evidence: per unit of summed phrase weight (capped at 2). Kept low
 * because satisfied reviews often name a fault: at 0.5, on the corpus dev split, 13% of positive
 * hotel reviews came out negative against 11% at 0.3, with negative recall nearly unchanged.
 */
const COMPLAINT_EVIDENCE_WEIGHT = 0.3;
/**
 * The flaw after a mild contrast in a review that praised before it already weighs less in the
 * text score (AFTER_MILD_CONTRAST_WEIGHT); its problem phrases counted in full, and "比照片还好看，
 * 就是早餐厅太小" came out negative. They count as the clause they sit in does.
 */
const MINOR_FLAW_EVIDENCE_WEIGHT = COMPLAINT_EVIDENCE_WEIGHT * AFTER_MILD_CONTRAST_WEIGHT;
/**
 * The raw score an ironic review gets at least (tanh → about -0.46): the praise words it quotes outweighed the complaint,
 * so their strength says nothing of how negative the review is; the sign of the praise is what the irony turns.
 */
const IRONY_RAW = 1;
/** An English message this short whose fault a rule named and whose words praise nothing is a complaint (a tweet, an SMS reply). */
const EN_FAULT_ALONE_LENGTH = 100;
/**
 * Longer messages (pasted email threads) are analysed on their first 5,000 characters, which
 * keeps one message to milliseconds; Comprehend has the same limit in bytes.
 */
const MAX_ANALYSED_CHARACTERS = 5000;

interface TextAnalysis {
  raw: number;
  lexiconScore: number;
  lexiconHits: number;
  /** Chinese: of the lexicon's words, those that scored above zero. */
  praiseHits?: number;
  /** Chinese: praise, then the flaw after a mild contrast (ChineseAnalysis.minorFlaw). */
  minorFlaw?: boolean;
  /** Chinese: what a minor flaw told over several clauses adds to raw beyond the flaw told once (ChineseAnalysis.retoldFlaw). */
  retoldFlaw?: number;
  /** Chinese: praise of before, then only fault after a now word (ChineseAnalysis.faultThisTime). */
  faultThisTime?: boolean;
  clauses: AnalysedClause[];
  explanations: string[];
  /** English read by the English model: its word features, for the types. */
  words?: KnownFeatures;
}

/** Offline classifier: no network, models and lexicons in the bundle, tens of µs per message. */
export function createLocalClassifier(options: LocalClassifierOptions = {}): LocalClassifier {
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const lexicon = new ComplaintTypeDetector(taxonomy);
  // Built on the first message, with the phrase matcher (not at init: cold start).
  let keepWhole: PhraseFinder[] | undefined;
  const applyServiceRules = serviceTypeRules(taxonomy, lexicon.types);
  const typeModel = options.typeModel ?? complaintTypeModel();
  const learnedTypes = new Set(typeModel.types);
  // Evidence indices of the model's types in this taxonomy (an extension may reorder or add types).
  const evidenceIndex = typeModel.types.map((type) => lexicon.types.indexOf(type));
  // The default taxonomy lists the model's types in the model's order: the evidence needs no copy.
  const sameOrder = lexicon.types.length === typeModel.types.length && evidenceIndex.every((index, t) => index === t);
  const modelEvidence: PhraseEvidence = { sums: new Float64Array(typeModel.types.length), problems: new Uint8Array(typeModel.types.length), phrases: [] };
  const toModelOrder = (evidence: PhraseEvidence): PhraseEvidence => evidenceInModelOrder(evidence, evidenceIndex, modelEvidence);
  // Per-clause evidence for window scoring, in the taxonomy's order and in the model's; grown as needed.
  let clauseEvidence: ClauseEvidence = { sums: new Float64Array(0), problems: new Uint8Array(0) };
  let modelClauseEvidence: ClauseEvidence = { sums: new Float64Array(0), problems: new Uint8Array(0) };
  const windowsScored = (clauseCount: number) => typeModel.window > 0 && clauseCount > typeModel.window;
  const perClauseEvidence = (clauseCount: number): ClauseEvidence => {
    if (clauseEvidence.sums.length < clauseCount * lexicon.types.length) {
      clauseEvidence = { sums: new Float64Array(clauseCount * lexicon.types.length * 2), problems: new Uint8Array(clauseCount * lexicon.types.length * 2) };
      modelClauseEvidence = { sums: new Float64Array(clauseCount * typeModel.types.length * 2), problems: new Uint8Array(clauseCount * typeModel.types.length * 2) };
    }
    return clauseEvidence;
  };
  const clauseEvidenceInModelOrder = (clauseCount: number): ClauseEvidence => {
    const from = lexicon.types.length;
    const to = typeModel.types.length;
    for (let c = 0; c < clauseCount; c++) {
      for (let t = 0; t < to; t++) {
        const index = evidenceIndex[t]!;
        modelClauseEvidence.sums[c * to + t] = index >= 0 ? clauseEvidence.sums[c * from + index]! : 0;
        modelClauseEvidence.problems[c * to + t] = index >= 0 ? clauseEvidence.problems[c * from + index]! : 0;
      }
    }
    return modelClauseEvidence;
  };
  const scratch = typeScratch(typeModel);
  const probabilities = typeProbabilityBuffers(typeModel);

  // Built on the first Chinese message, as the sentiment model is parsed then: an English-only process never needs them.
  let index: NgramIndex | undefined;
  const ngrams = new ClauseNgrams();
  const sentimentModel = () => options.sentimentModel ?? zhSentimentModel();
  const ngramIndex = () => (index ??= sharedNgramIndex(sentimentModel(), typeModel));
  const english = options.englishModel === null ? undefined : () => options.englishModel ?? englishModel();
  let englishTypes: ReturnType<typeof englishTypeScorer> | undefined;
  const analyseText = (language: Language, text: string): TextAnalysis => {
    if (language === 'zh') return analyseChinese(text, sentimentModel(), ngramIndex(), ngrams);
    const analysis = analyseEnglish(text);
    if (language !== 'en' || !english) return analysis;
    const words = knownFeatures(english(), analysis.featureText);
    const { logit, strongest } = englishSentimentLogit(english(), words, analysis.raw);
    return { ...analysis, raw: logit, words, explanations: [...analysis.explanations, `en model logit ${toFixedText(logit, 2)}${strongest.length > 0 ? ` (strongest: ${strongest.join(', ')})` : ''}`] };
  };

  const prepare = (input: ClassifierInput) => {
    const customerText = withoutBusinessReply(input.text);
    const fullText = input.subject ? `${input.subject}。${customerText}` : customerText;
    const detected = detectLanguage(fullText.length > MAX_ANALYSED_CHARACTERS ? fullText.slice(0, MAX_ANALYSED_CHARACTERS) : fullText);
    const clausesRead = detected.language === 'zh' ? withClauseBreaks(detected.analysisText, (keepWhole ??= [lexicon.phrases, sentimentLexiconPhrases])) : detected.analysisText;
    const text = analyseText(detected.language, clausesRead);
    const perClause = windowsScored(text.clauses.length) ? perClauseEvidence(text.clauses.length) : undefined;
    const replyLeftOut = customerText !== input.text;
    const breaksRestored = clausesRead !== detected.analysisText ? clausesRead : undefined;
    return { detected, cues: findIntentCues(detected.analysisText), text, evidence: lexicon.evidence(text.clauses, perClause), replyLeftOut, breaksRestored, lukewarm: lukewarmLean(detected.analysisText) };
  };

  const scoreLearnedTypes = (prepared: ReturnType<typeof prepare>, scene = serviceScene(prepared.detected.analysisText)): void => {
    const { evidence, text, detected } = prepared;
    // Chinese analysis numbered the n-grams already; typeProbabilitiesOf also scores other text.
    if (detected.language !== 'zh') ngramIndex().lookUp(text.clauses, ngrams);
    typeProbabilities(
      typeModel,
      {
        clauses: text.clauses,
        index: ngramIndex(),
        ngrams,
        evidence: sameOrder ? evidence : toModelOrder(evidence),
        clauseEvidence: !windowsScored(text.clauses.length) ? modelClauseEvidence : sameOrder ? clauseEvidence : clauseEvidenceInModelOrder(text.clauses.length),
        sentimentRaw: text.raw,
        length: detected.analysisText.length,
        scene,
      },
      scratch,
      probabilities,
    );
  };

  /**
   * Of `candidates` (types the message names only where it praises: onlyPraised), those the model
   * no longer finds once the praising sentences are read as the praise they are. Scores the message
   * again with those clauses' lexicon scores raised to praise, then puts the scores and the
   * evidence back. In place, not on copies: clause objects of another shape made V8 deoptimise
   * the scoring code, and the next thousand messages paid for it.
   */
  const typesPraisedAway = (prepared: ReturnType<typeof prepare>, candidates: readonly number[]): number[] => {
    const { evidence } = prepared;
    const { clauses } = prepared.text;
    const sums = evidence.sums.slice();
    const problems = evidence.problems.slice();
    const outsidePraise = evidence.outsidePraise?.slice();
    const lexiconScores = clauses.map((clause) => clause.lexiconScore);
    for (const clause of clauses) if (clause.inPraisingSentence === true) clause.lexiconScore = Math.max(clause.lexiconScore, PRAISED_SCENE);
    // evidence() refills the buffers prepared.evidence holds.
    lexicon.evidence(clauses, windowsScored(clauses.length) ? perClauseEvidence(clauses.length) : undefined);
    scoreLearnedTypes(prepared);
    const away = candidates.filter((t) => decideType(typeModel, probabilities, t) === 0);
    clauses.forEach((clause, c) => (clause.lexiconScore = lexiconScores[c]!));
    evidence.sums.set(sums);
    evidence.problems.set(problems);
    if (outsidePraise) evidence.outsidePraise?.set(outsidePraise);
    return away;
  };

  /**
   * "房间干净，不过隔音很差", "唯一不足是隔音不太好": the 不 of 不过 or 不足 stands within three
   * characters of the fault and the phrase list reads it as a denial, so the model trained on
   * that evidence. Read past the contrast only here, after the model has decided, and asked again:
   * a type that then passes is added. The model's inputs, and so its training, stay as they are.
   */
  const typesPastContrasts = (prepared: ReturnType<typeof prepare>, passed: readonly number[]): ComplaintTypeScore[] => {
    const { evidence } = prepared;
    const { clauses } = prepared.text;
    const sums = evidence.sums.slice();
    const problems = evidence.problems.slice();
    const outsidePraise = evidence.outsidePraise?.slice();
    const again = lexicon.evidence(clauses, windowsScored(clauses.length) ? perClauseEvidence(clauses.length) : undefined, false);
    scoreLearnedTypes(prepared);
    const added: ComplaintTypeScore[] = [];
    for (let t = 0; t < typeModel.types.length; t++) {
      const confidence = decideType(typeModel, probabilities, t);
      const index = evidenceIndex[t]!;
      if (confidence === 0 || passed.includes(t)) continue;
      added.push({ type: typeModel.types[t]!, confidence: roundedTo(confidence, 3), phrases: index >= 0 ? (again.phrases[index] ?? []) : [], problem: again.problems[index] === 1 });
    }
    lexicon.evidence(clauses, windowsScored(clauses.length) ? perClauseEvidence(clauses.length) : undefined);
    evidence.sums.set(sums);
    evidence.problems.set(problems);
    if (outsidePraise) evidence.outsidePraise?.set(outsidePraise);
    return added;
  };

  /**
   * The type of the fault a satisfied customer marks in passing (flaw-in-passing.ts), when the message found none: the
   * model reads the marked words alone, as the scene the whole message sets, and the type whose probability there and
   * in the whole message (their geometric mean, so the whole keeps the reading in its domain: 凉了 of a takeaway is
   * delivery) passes its own threshold is the one. Scoring the marked words reuses the evidence buffers, which are
   * put back for the rules that follow.
   */
  const typeOfFlawInPassing = (prepared: ReturnType<typeof prepare>, flaw: string): ComplaintTypeScore | undefined => {
    const { clauses } = prepared.text;
    scoreLearnedTypes(prepared);
    const message = Float64Array.from(probabilities.whole, (p, t) => Math.max(p, probabilities.window[t]!));
    scoreLearnedTypes(prepare({ text: flaw }), serviceScene(prepared.detected.analysisText));
    let best = -1;
    let sureness = 0;
    const wait = flawIsAWait(flaw);
    for (let t = 0; t < typeModel.types.length; t++) {
      if (wait && typeModel.types[t] === FOOD_TYPE) continue;
      const score = Math.sqrt(probabilities.whole[t]! * message[t]!) / typeModel.thresholds[t]!;
      if (score > sureness) [best, sureness] = [t, score];
    }
    lexicon.evidence(clauses, windowsScored(clauses.length) ? perClauseEvidence(clauses.length) : undefined);
    if (best < 0 || sureness < FLAW_SURENESS) return undefined;
    return { type: typeModel.types[best]!, confidence: roundedTo(Math.min(1, Math.sqrt(probabilities.whole[best]! * message[best]!)), 3), phrases: [flaw], problem: true };
  };

  /**
   * For Chinese the learned model decides the types it was trained on; types a taxonomy extension
   * adds, and every type of a message in another language, are decided by their phrases alone.
   */
  const detectTypes = (prepared: ReturnType<typeof prepare>): ComplaintTypeScore[] => {
    const { evidence } = prepared;
    // The type model's n-grams are Chinese characters: English has a model of its own, other
    // languages only their phrases.
    if (prepared.detected.language !== 'zh') {
      const { words } = prepared.text;
      if (!words || !english) return lexicon.detect(evidence);
      const scorer = (englishTypes ??= englishTypeScorer(english(), lexicon.types));
      const found = scorer.detect(words, evidence, prepared.text.lexiconScore, prepared.detected.analysisText.length);
      if (scorer.types.size < lexicon.types.length) found.push(...lexicon.detect(evidence).filter((score) => !scorer.types.has(score.type)));
      return found.sort((a, b) => b.confidence - a.confidence);
    }
    scoreLearnedTypes(prepared);
    const passed: number[] = [];
    for (let t = 0; t < typeModel.types.length; t++) if (decideType(typeModel, probabilities, t) !== 0) passed.push(t);
    const strongest = passed.length > 0 ? strongestNgrams(ngramIndex(), scratch, passed) : [];
    let found: ComplaintTypeScore[] = passed.map((t, k) => {
      const index = evidenceIndex[t]!;
      const phrases = [...(index >= 0 ? (evidence.phrases[index] ?? []) : []), ...strongest[k]!];
      return { type: typeModel.types[t]!, confidence: roundedTo(decideType(typeModel, probabilities, t), 3), phrases, problem: evidence.problems[index] === 1 };
    });
    const praised = passed.filter((t) => onlyPraised(evidence, evidenceIndex[t]!));
    if (praised.length > 0) {
      const away = typesPraisedAway(prepared, praised).map((t) => typeModel.types[t]!);
      found = found.filter((score) => !away.includes(score.type));
    }
    // Unless a phrase was denied by a contrast's 不 alone, reading past the contrasts finds the same evidence and the model the same types.
    if (evidence.deniedByContrast === true && CONTRAST_BEFORE_FAULT.test(prepared.detected.analysisText)) found.push(...typesPastContrasts(prepared, passed));
    if (learnedTypes.size < lexicon.types.length) {
      found.push(...lexicon.detect(evidence).filter((score) => !learnedTypes.has(score.type)));
    }
    // "本以为要扣全款，结果酒店全额退了": a fault feared and settled otherwise is none the customer met, nor evidence against them.
    const fear = found.length > 0 ? settledFearSpan(prepared.detected.analysisText) : undefined;
    if (fear) {
      found = found.filter((score) => {
        const index = lexicon.types.indexOf(score.type);
        // A claim heard of and then broken (网上说可以带宠物，结果到了说不让进) is the promise's fault itself.
        if (score.type === PROMISE_TYPE || !onlyFeared(evidence.phrases[index] ?? [], fear)) return true;
        evidence.problems[index] = 0;
        return false;
      });
    }
    return found.sort((a, b) => b.confidence - a.confidence);
  };

  const finish = (
    input: ClassifierInput,
    prepared: ReturnType<typeof prepare>,
    sentiment: { label: SentimentLabel; score: number },
    detectedTypes: ComplaintTypeScore[],
    explanations: string[],
    language: { language: Language; script?: 'simplified' | 'traditional' | undefined } = prepared.detected,
  ): Classification => {
    const { detected, cues, lukewarm, text } = prepared;
    let types = detectedTypes;
    const urgency = detectUrgency(detected.analysisText, sentiment.score, input.history);
    if (urgency.reportsHarm && sentiment.label !== 'negative' && detected.analysisText.length < LONG_REVIEW) {
      // "浴室地滑，摔了一跤": the words are mild, but a short message reporting harm is a complaint.
      sentiment = { label: 'negative', score: -Math.max(NEUTRAL_BAND, Math.abs(sentiment.score)) };
      explanations.push('harm reported in a short message: negative');
    }
    // A lukewarm remark is no complaint whichever way it leans ("一般" is not 差).
    if (lukewarm !== 0) types = [];
    if (detected.language === 'zh' && sentiment.score >= WHOLLY_PRAISED && !text.clauses.some((c) => c.lexiconScore < 0) && !FAULT_TOLD.test(detected.analysisText)) types = types.filter(toldAsAProblem);
    let intent = lukewarm !== 0 ? { intent: 'other' as const, explanation: 'intent other: a lukewarm remark is neither praise nor complaint' } : detectIntent(cues, sentiment, types.length > 0);
    // A question or a wish that states no problem ("建议增加夜间配送") names a topic, not a complaint;
    // after a fault told past a contrast ("服务热情，就是早餐的咖啡一股速溶味，希望改进") it is one. A
    // contrast that opens the wish itself ("都挺好的，就是希望早餐能多几样") tells no fault.
    const wishOnly =
      (intent.intent === 'suggestion' || intent.intent === 'inquiry') &&
      sentiment.label !== 'negative' &&
      !types.some((t) => t.problem) &&
      !text.clauses.some((c) => c.holdsContrast === true && !WISH_PAST_CONTRAST.test(c.text));
    if (wishOnly) types = [];
    if (detected.language === 'zh' && types.length === 0 && lukewarm === 0 && !wishOnly && sentiment.label !== 'negative') {
      const flaw = flawInPassing(detected.analysisText);
      const found = flaw === undefined ? undefined : typeOfFlawInPassing(prepared, flaw);
      if (found) {
        types = [found];
        explanations.push(`the fault the customer marks in passing ("${clipText(found.phrases[0]!, 30)}") read alone: ${found.type}`);
      }
    }
    // The rules below name a problem from its words ("要收一百元"): not in a lukewarm remark, nor in a question that is no complaint ("请问入住要收一百元押金吗？").
    // A long review is no question for a weak cue in it: a question it tells (我问能不能用优惠券) or a closing 还能说什么 mutes none of its faults.
    // An English question that asks after what should have come ("where's my package??") states its problem.
    const statesNoProblem =
      lukewarm !== 0 ||
      (intent.intent === 'inquiry' && sentiment.label !== 'negative' && (cues.inquiry !== undefined || detected.analysisText.length < LONG_REVIEW) && !(detected.language === 'en' && (cues.complaint !== undefined || chargeQuestioned(detected.analysisText) !== undefined)));
    // Before the rules, which name a type from its words whatever the model made of it.
    const withoutFaint = withoutFaintExtras(types, detected.analysisText.length);
    if (withoutFaint.length < types.length) explanations.push(`more than three types in a short message: the faint ones left out (${types.filter((t) => !withoutFaint.includes(t)).map((t) => t.type).join(', ')})`);
    types = withoutFaint;
    if (urgency.foundInFood !== undefined) types = typesForFoundInFood(types, urgency.foundInFood, urgency.namesPremises === true, lexicon.types);
    if (urgency.illnessFromFood !== undefined) types = withFoodType(types, urgency.illnessFromFood, lexicon.types);
    if (urgency.theftOrIntrusion !== undefined && mayName(types, SAFETY_TYPE, lexicon.types)) types = withNamedType(types, SAFETY_TYPE, urgency.theftOrIntrusion);
    types = typesForRiderWait(types, detected.analysisText);
    if (detected.language === 'en') {
      const withoutPremisesFood = typesForEnglishPremisesOfAStay(types, detected.analysisText);
      if (withoutPremisesFood.length < types.length) explanations.push('a stay whose faults are its premises, nothing eaten, slept on or bought (shower curtain mouldy): no product_quality');
      types = withoutPremisesFood;
      const withoutRequestKept = typesForRequestKept(types, detected.analysisText);
      if (withoutRequestKept.length < types.length) explanations.push('a request made with the order said kept (asked for no ice, there was no ice): no order_accuracy');
      types = withoutRequestKept;
      const withoutQuickService = typesForQuickService(types, detected.analysisText, sentiment.label === 'positive');
      if (withoutQuickService.length < types.length) explanations.push('the business fast, praised (check-in took 2 minutes): no responsiveness');
      types = withoutQuickService;
      const withoutEarlyArrival = typesForArrivedEarlyEn(types, detected.analysisText, sentiment.label === 'positive');
      if (withoutEarlyArrival.length < types.length) explanations.push('the order came early, praised (came a day early): no delivery');
      types = withoutEarlyArrival;
      if (!statesNoProblem) {
        const beforeRules = types;
        types = applyEnglishRules(types, detected.analysisText, sentiment.label === 'negative', lexicon.types, explanations);
        // "I deleted my account and you're still emailing me.": a short message whose fault a rule named just now, no word of praise: negative.
        if (sentiment.label !== 'negative' && lukewarm === 0 && types.length > beforeRules.length && detected.analysisText.length <= EN_FAULT_ALONE_LENGTH && text.lexiconScore <= 0) {
          sentiment = { label: 'negative', score: -Math.max(NEUTRAL_BAND, Math.abs(sentiment.score)) };
          intent = detectIntent(cues, sentiment, true);
          explanations.push('a short message whose fault an English rule named, no praise: negative');
        }
      }
    }
    if (detected.language === 'zh') {
      const beforeRules = types;
      types = applyServiceRules(types, { text: detected.analysisText, negative: sentiment.label === 'negative', statesNoProblem }, explanations);
      // "骨头比肉多": a short message whose one fault a rule named just now, with no word of praise: negative.
      if (
        sentiment.label !== 'negative' &&
        lukewarm === 0 &&
        !statesNoProblem &&
        types.some((t) => t.problem && !beforeRules.some((b) => b.type === t.type && b.confidence >= t.confidence)) &&
        faultNamedAlone(text.clauses, detected.analysisText.length, text.lexiconScore, text.praiseHits ?? 0)
      ) {
        sentiment = { label: 'negative', score: -Math.max(NEUTRAL_BAND, Math.abs(sentiment.score)) };
        intent = detectIntent(cues, sentiment, true);
        explanations.push('a short message whose only fault a rule named, no praise: negative');
      }
    }
    explanations.push(
      `sentiment ${sentiment.label} ${sentiment.score}`,
      ...types.map((t) => `complaint type ${t.type} ${t.confidence}: ${listForExplanation(t.phrases, ', ')}`),
      intent.explanation,
      ...urgency.explanations,
    );
    const classification: Classification = {
      language: language.language,
      sentiment: { label: sentiment.label, score: sentiment.score },
      complaintTypes: types.map(({ type, confidence }) => ({ type, confidence })),
      intent: intent.intent,
      urgent: urgency.urgent,
      explanations,
    };
    if (language.script) classification.script = language.script;
    if (urgency.urgentReason) classification.urgentReason = urgency.urgentReason;
    return classification;
  };

  const classifySync = (input: ClassifierInput): Classification => {
    const prepared = prepare(input);
    const { detected, cues, text } = prepared;
    const explanations = [`language ${detected.language}${detected.script ? ` (${detected.script})` : ''}${wordsReadNote(detected.wordsRead)}`, ...text.explanations];
    if (prepared.replyLeftOut) explanations.unshift("the business's reply after the review is not the customer's: left out");
    if (prepared.breaksRestored) explanations.push(`clause breaks read into unpunctuated text: "${startOf(prepared.breaksRestored)}"`);

    const typesFound = detectTypes(prepared);
    const asksOnly = prepared.lukewarm === 0 && !typesFound.some((t) => t.problem);
    const asked = !asksOnly ? undefined : detected.language === 'zh' ? (plainQuestion(detected.analysisText, text.lexiconScore) ?? enquiryAddressed(detected.analysisText, text.lexiconScore)) : detected.language === 'en' ? englishPoliteRequest(detected.analysisText) : undefined;
    const types = asked === undefined ? typesFound : [];
    let raw = text.raw;
    // A question or suggestion with no sentiment word and no problem phrase ("请问几点开门") is
    // neutral: the model learnt from reviews, where "你们…" mostly opens a complaint, so its
    // lean on such text means nothing.
    const requestOnly = isRequestOnly(cues) && text.lexiconHits === 0 && !types.some((t) => t.problem) && !(detected.language === 'zh' && toldAsComplaint(text.raw, detected.analysisText, cues.inquiry ?? cues.suggestion));
    if (prepared.lukewarm !== 0) {
      raw = prepared.lukewarm * LUKEWARM_LEAN;
      explanations.push(`a lukewarm remark only: leans ${prepared.lukewarm > 0 ? 'positive (还行, ok)' : 'negative (一般, so-so)'}, as customers who write only this rate`);
    } else if (requestOnly) {
      raw = 0;
      explanations.push('question/suggestion without sentiment words or problem phrases: neutral');
    } else {
      if (text.retoldFlaw) {
        raw -= text.retoldFlaw;
        explanations.push(`the minor flaw, told over several clauses, counts as told once (+${toFixedText(-text.retoldFlaw, 2)})`);
      }
      const evidence = complaintEvidence(prepared.evidence, types);
      if (evidence > 0) {
        const weight = text.minorFlaw === true ? MINOR_FLAW_EVIDENCE_WEIGHT : COMPLAINT_EVIDENCE_WEIGHT;
        raw -= weight * evidence;
        explanations.push(
          `problem phrases and complaint types count as negative evidence (${toFixedText(-weight * evidence, 2)}${text.minorFlaw === true ? ', a minor flaw after praise' : ''})`,
        );
      }
    }
    const faultAlone = detected.language === 'zh' && prepared.lukewarm === 0 && !requestOnly && raw > 0 ? faultAloneRaw(text.clauses, detected.analysisText.length, text.lexiconScore, text.praiseHits ?? 0, types.length > 0) : undefined;
    if (faultAlone !== undefined) {
      raw = faultAlone;
      explanations.push('a short message naming only a fault, no praise: negative, whatever the model leans');
    }
    if (text.faultThisTime === true && prepared.lukewarm === 0 && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push('how it used to be, then only fault of this time (以前很好吃，这次肉很柴): the verdict is on this time, negative');
    }
    const ironic =
      detected.language === 'zh' ? scareQuotedPraise(detected.analysisText) : detected.language === 'en'
          ? types.length > 0 || namesEnglishFault(detected.analysisText, lexicon.types)
            ? sarcasticPraise(detected.analysisText)
            : sarcasmSaidOutright(detected.analysisText)
          : undefined;
    if (ironic !== undefined && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`${detected.language === 'zh' ? 'praise in scare quotes' : 'sarcastic praise before a complaint'} ("${ironic}") is irony: negative`);
    }
    const mocking =
      detected.language === 'zh' && ironic === undefined
        ? mockingRemark(detected.analysisText, prepared.lukewarm === 0 ? { clauses: text.clauses, typesFound: types.length > 0, raw: text.raw } : undefined)
        : undefined;
    if (mocking !== undefined && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`mocking, not praise ("${mocking}"): irony, negative`);
    }
    const scoffed = detected.language === 'zh' && prepared.lukewarm === 0 ? claimScoffed(detected.analysisText) : undefined;
    if (scoffed !== undefined && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`what was claimed, asked back in scorn ("${scoffed}"): negative`);
    }
    const refusal = detected.language === 'zh' && prepared.lukewarm === 0 ? closingRefusal(detected.analysisText) : undefined;
    if (refusal !== undefined && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the review closes on the customer refusing to come back ("${refusal}"): their verdict, negative`);
    }
    const unworthy = detected.language === 'zh' && prepared.lukewarm === 0 && refusal === undefined ? closingUnworthy(detected.analysisText) : undefined;
    if (unworthy !== undefined && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the review closes on the whole not being worth its price or rating ("${unworthy}"): their verdict, negative`);
    }
    const letdown = detected.language === 'zh' && prepared.lukewarm === 0 && refusal === undefined && unworthy === undefined ? closingLetdown(detected.analysisText) : undefined;
    if (letdown !== undefined && raw > -IRONY_RAW) {
      raw = -Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the review closes on a letdown ("${letdown}"): their verdict, negative`);
    }
    const excepting = detected.language === 'zh' && prepared.lukewarm === 0 && refusal === undefined && unworthy === undefined && letdown === undefined ? exceptVerdict(detected.analysisText) : undefined;
    if (excepting !== undefined && (excepting.positive ? raw < IRONY_RAW : raw > -IRONY_RAW)) {
      raw = (excepting.positive ? 1 : -1) * Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the review closes on a verdict by exception ("${excepting.phrase}"): ${excepting.positive ? 'positive' : 'negative'}`);
    }
    const rating = detected.language === 'zh' && prepared.lukewarm === 0 && ironic === undefined && refusal === undefined && excepting === undefined ? ratingGiven(detected.analysisText) : undefined;
    if (rating !== undefined && (rating.positive ? raw < IRONY_RAW : raw > -IRONY_RAW)) {
      raw = (rating.positive ? 1 : -1) * Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the customer rates it in words ("${rating.phrase}"): their verdict, ${rating.positive ? 'positive' : 'negative'}`);
    }
    const comingBack = detected.language === 'zh' && prepared.lukewarm === 0 && refusal === undefined && unworthy === undefined && letdown === undefined ? closingReturn(detected.analysisText) ?? closingSatisfied(detected.analysisText) : undefined;
    if (comingBack !== undefined && raw < IRONY_RAW) {
      raw = Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the review closes on the customer coming back or satisfied ("${comingBack}"): their verdict, positive`);
    }
    // "本以为节假日配送费会涨，结果一看跟平时一样", "半夜2点到店…马上就办好了": good news told as an incident, no type found and no
    // clause against the business, whatever the model made of its wait or fault words.
    const goodNews =
      detected.language === 'zh' && prepared.lukewarm === 0 && types.length === 0 && raw < IRONY_RAW && ironic === undefined && mocking === undefined && refusal === undefined && unworthy === undefined && letdown === undefined && text.clauses.every((clause) => clause.lexiconScore >= 0)
        ? goodNewsTold(detected.analysisText)
        : undefined;
    if (goodNews !== undefined) {
      raw = Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(goodNews);
    }
    const remedyThanked = detected.language === 'zh' && prepared.lukewarm === 0 && comingBack === undefined && refusal === undefined && unworthy === undefined && letdown === undefined && ironic === undefined ? closingThanksForRemedy(detected.analysisText) : undefined;
    if (remedyThanked !== undefined && raw < IRONY_RAW) {
      raw = Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the review closes on thanks for a fault put right ("${remedyThanked}"): their verdict, positive`);
    }
    const priceVerdict = detected.language === 'zh' && prepared.lukewarm === 0 ? priceVerdictAlone(detected.analysisText) : undefined;
    if (priceVerdict !== undefined && (priceVerdict.poor ? raw > -IRONY_RAW : raw < IRONY_RAW)) {
      raw = (priceVerdict.poor ? -1 : 1) * Math.max(Math.abs(raw), IRONY_RAW);
      explanations.push(`the message only judges the price or the value ("${priceVerdict.phrase}"): ${priceVerdict.poor ? 'negative' : 'positive'}`);
    }
    // A long mixed review that sums itself up as neither good nor bad is neutral, whichever way its listed points lean.
    const mixed = detected.language === 'zh' && prepared.lukewarm === 0 && ironic === undefined && mocking === undefined && refusal === undefined && unworthy === undefined && letdown === undefined && priceVerdict === undefined ? mixedVerdict(detected.analysisText) : undefined;
    if (mixed !== undefined) {
      raw = 0;
      explanations.push(`the review's own verdict is mixed ("${mixed}"): neutral`);
    }
    const request = detected.language === 'zh' && types.length === 0 && mixed === undefined ? requestAddressed(detected.analysisText, text.lexiconScore) : undefined;
    if (request !== undefined) {
      raw = 0;
      explanations.push(`a question or request addressed to the business ("${request}"), naming no problem: neutral${typesFound.length > 0 ? `, and what it asks after is no complaint (${typesFound.map((t) => t.type).join(', ')} left out)` : ''}`);
    } else if (asked !== undefined) {
      raw = 0;
      explanations.push(`a question or request only ("${asked}"), telling no fault: neutral, and what it asks after is no complaint${typesFound.length > 0 ? ` (${typesFound.map((t) => t.type).join(', ')} left out)` : ''}`);
    }
    const sentiment = combineSentiment(raw, text.lexiconHits + types.length, input);
    explanations.push(...sentiment.explanations);
    return finish(input, prepared, sentiment, types, explanations);
  };

  const classifyWithSentiment = (input: ClassifierInput, external: ExternalSentiment): Classification => {
    const prepared = prepare(input);
    const types = detectTypes(prepared);
    const language = { language: external.language ?? prepared.detected.language, script: external.script ?? prepared.detected.script };
    const explanations = [`language ${language.language}${language.script ? ` (${language.script})` : ''} and sentiment from ${external.source}`];
    return finish(input, prepared, external, types, explanations, language);
  };

  const analyse = (text: string): MessageAnalysis => {
    const prepared = prepare({ text });
    const { sums, problems, phrases } = prepared.evidence;
    const evidence = { sums: sums.slice(), problems: problems.slice(), phrases };
    const { analysisText } = prepared.detected;
    return { clauses: prepared.text.clauses, evidence, raw: prepared.text.raw, length: analysisText.length, scene: serviceScene(analysisText) };
  };

  const typeProbabilitiesOf = (text: string): TypeProbabilities => {
    scoreLearnedTypes(prepare({ text }));
    return { whole: probabilities.whole.slice(), window: probabilities.window.slice() };
  };

  return {
    name: 'local',
    classifySync,
    classifyWithSentiment,
    analyse,
    typeProbabilities: typeProbabilitiesOf,
    classify: async (input) => classifySync(input),
  };
}

/** One index per pair of models, however many classifiers use them (the tests and the CLI make many). */
const ngramIndices = new WeakMap<ZhSentimentModel, WeakMap<TypeModel, NgramIndex>>();

function sharedNgramIndex(sentimentModel: ZhSentimentModel, typeModel: TypeModel): NgramIndex {
  let byTypeModel = ngramIndices.get(sentimentModel);
  if (!byTypeModel) ngramIndices.set(sentimentModel, (byTypeModel = new WeakMap()));
  let index = byTypeModel.get(typeModel);
  if (!index) byTypeModel.set(typeModel, (index = new NgramIndex(sentimentModel, typeModel)));
  return index;
}

/**
 * Summed weight of the problem phrases found (topic words alone say nothing about polarity) or,
 * when larger, of the complaint types' confidences, capped at 2: "there was none on the pizza"
 * has no sentiment word, but it is a complaint.
 */
function complaintEvidence(evidence: PhraseEvidence, types: readonly ComplaintTypeScore[]): number {
  let problems = 0;
  for (let t = 0; t < evidence.sums.length; t++) if (evidence.problems[t] === 1) problems += evidence.sums[t]!;
  let confidence = 0;
  for (const type of types) confidence += type.confidence;
  return Math.min(Math.max(problems, confidence), 2);
}

const FOOD_TYPE = 'product_quality';
/** Theft, intrusion and harassment are privacy_security by the guide, whatever the premises' other faults. */
const SAFETY_TYPE = 'privacy_security';
const PREMISES_TYPE = 'environment';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';
const PROMISE_TYPE = 'misleading_promise';
/** Who carries the order. */
const RIDER = /骑手|配送员|送餐员|外卖员|快递员|小哥|跑腿|rider|driver|courier/i;
/** Whoever else could have been slow to answer: the business, its staff, its support desk. */
const BUSINESS = /商家|店家|老板|店里|店员|厨房|出餐|接单|做好|备餐|前台|客服|经理|服务员|酒店|平台|merchant|restaurant|kitchen|store|shop|support|staff|manager/i;

/**
 * "等了两个小时，给骑手打了三次电话": waiting on the rider is delivery (the guide: slow delivery is
 * delivery, slow handling at the counter is responsiveness). The model, which learnt waiting and
 * unanswered phones from hotels and support desks, adds responsiveness; when the message names the
 * rider and no one else who could have been slow, it is the rider's.
 */
function typesForRiderWait(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || !types.some((t) => t.type === TRANSPORT_TYPE)) return types;
  if (!RIDER.test(text) || BUSINESS.test(text)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

/** A contrast or a shortcoming whose 不 the phrase list reads as denying the fault after it. */
const CONTRAST_BEFORE_FAULT = /不过|不足|不仅|不但/;

/** The lexicon score a clause setting the scene of a praising sentence is read with when asked again: praise, which types pass over. */
const PRAISED_SCENE = 2 * PRAISING_CLAUSE;

/**
 * The message names the type only where it praises ("配送员辛苦了，这么晚还在送货，点赞！"): its
 * phrases all sit in praising sentences and none is a problem. The model reads the courier or
 * the staff named there as it reads them in complaints, so typesPraisedAway asks it again.
 */
function onlyPraised(evidence: PhraseEvidence, index: number): boolean {
  return index >= 0 && evidence.sums[index]! > 0 && evidence.problems[index] === 0 && evidence.outsidePraise?.[index] === 0;
}

/**
 * "还行吧", "一般般", "so-so": by the labelling guide not a complaint (no type, no complaint intent),
 * but the customers who write only this lean one way in their ratings: in the shared shopping
 * reviews 7 of 8 that say only 还行/还可以 are positive, 7 of 7 that say only 一般/一般般 negative.
 */
const LUKEWARM_ONLY = /^(?:感觉|觉得|总体|整体|总的来说|(?:it|it's|its|it is|it was|was|all in all|(?:the\s+)?[a-z]+\s+(?:was|is|were|are))\s+|\p{Script=Han}{1,4}?(?:也|都|就|还|感觉|真的)?)?(?<![很太超级别常极])(还行|还可以|还好|一般|一般般|凑合|马马虎虎|中规中矩|就那样|so-so|meh|average|mediocre|还?ok|还?okay|alright|fine)(?:吧|啦|了|的|哈|呗|\s+i guess)?[\s,.!?。，！？~～…]*$/iu;
const LUKEWARM_FAVOURABLE: ReadonlySet<string> = new Set(['还行', '还可以', '还好', '中规中矩', 'ok', '还ok', 'okay', '还okay', 'alright', 'fine']);
/** Longer than any remark LUKEWARM_ONLY reads ("the breakfast was mediocre i guess"): passed over unread. */
const LUKEWARM_LONGEST = 40;
/** The raw text score a lukewarm remark gets: a lean (tanh → about ±0.1), not an opinion. */
const LUKEWARM_LEAN = 0.2;

/** At most this many lukewarm remarks in a row ("位置还行 房间一般 早餐一般") are read as one. */
const LUKEWARM_REMARKS_MOST = 4;
const HAN_CHARACTER = /\p{Script=Han}/u;

/**
 * +1 or -1 for a lukewarm remark alone, or for a few in a row each of one thing ("位置还行 房间一般
 * 早餐一般": the type model read environment into 位置 and 房间); 0 for anything else. Several lean
 * favourable only when more say 还行 than 一般, as the shoppers' ratings lean for either alone.
 */
function lukewarmLean(text: string): number {
  if (text.length > LUKEWARM_LONGEST) return 0;
  const word = LUKEWARM_ONLY.exec(text.trim())?.[1];
  if (word !== undefined) return LUKEWARM_FAVOURABLE.has(word) ? 1 : -1;
  if (!HAN_CHARACTER.test(text)) return 0;
  const remarks = text.split(CLAUSE_OR_SPACE_BREAK).filter((remark) => remark !== '');
  if (remarks.length < 2 || remarks.length > LUKEWARM_REMARKS_MOST) return 0;
  let lean = 0;
  for (const remark of remarks) {
    const said = LUKEWARM_ONLY.exec(remark)?.[1];
    if (said === undefined) return 0;
    lean += LUKEWARM_FAVOURABLE.has(said) ? 1 : -1;
  }
  return lean > 0 ? 1 : -1;
}

/**
 * Something found in the food is the food's hygiene, product_quality by the guide, whatever the
 * model read into the pest's name (it learnt 蟑螂 mostly from hotel rooms: "麻辣烫里有一只蟑螂" came
 * out environment). Environment stays only when the message names premises ("店里很脏，菜里有虫").
 */
function typesForFoundInFood(types: ComplaintTypeScore[], found: string, namesPremises: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!taxonomyTypes.includes(FOOD_TYPE)) return types;
  return withFoodType(namesPremises ? types : withoutType(types, PREMISES_TYPE), found, taxonomyTypes);
}

/** The food named at fault (a foreign body, illness right after eating), by the phrase that says so, unless a type already names it. */
function withFoodType(types: ComplaintTypeScore[], phrase: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  return mayName(types, FOOD_TYPE, taxonomyTypes) ? withNamedType(types, FOOD_TYPE, phrase) : types;
}

/** A contrast word the wish follows straight away: 就是希望, 只是建议, 不过要是能. */
const WISH_PAST_CONTRAST = /(?:但是|不过|就是|只是|可是|但)(?:希望|建议|要是能?|如果能|最好能|能不能|能否|可不可以)/;

const EXPLAINED_START = 60;
function startOf(text: string): string {
  return text.length > EXPLAINED_START ? `${clipText(text, EXPLAINED_START)}…` : text;
}

/** Good news told as an incident: a fault feared and settled otherwise, or the business quick; its explanation, or undefined. */
function goodNewsTold(text: string): string | undefined {
  const fear = settledFearSpan(text);
  if (fear) return `a fault feared or heard of, settled otherwise ("${fear.fear}"), nothing else against the business: good news, positive`;
  const quick = quickHandlingTold(text);
  return quick === undefined ? undefined : `the business quick ("${quick}"), no fault or wait told: good news, positive`;
}

/**
 * A question told inside an account the model reads as strongly negative ("打了十几个电话前台都不接，就想问一下能不能延迟退房，
 * 最后只能自己跑下楼去问"): a complaint, not a question. A message that opens with its question (请问…, 问一下，…)
 * asks, however the model leans: it leans negative on 请问…吗 alone.
 */
const TOLD_AS_COMPLAINT_RAW = -2.5;
const TOLD_AS_COMPLAINT_LENGTH = 24;
const OPENING = 4;

function toldAsComplaint(raw: number, text: string, cue: string | undefined): boolean {
  if (raw > TOLD_AS_COMPLAINT_RAW || text.length < TOLD_AS_COMPLAINT_LENGTH) return false;
  const at = cue === undefined ? -1 : text.indexOf(cue);
  return at >= OPENING;
}

/**
 * A review read as wholly praising (sentiment this sure, no clause scoring a fault, no fault announced): "房间是海景房，早上拉开窗帘就是大海，
 * 心情超好…下次出差还会选这家" named environment at 0.42 from 酒店 and 房间 alone. In it a type stays only when one of its
 * problem phrases matched or the model is sure of it (TOPIC_ONLY_CONFIDENCE). On the corpus's splits and the measuring sets:
 * 72 type readings right, 25 wrong (real shopping held-aside 0.762 → 0.763, ASAP half B 0.660 → 0.661); without FAULT_TOLD,
 * 77 and 34: a fault announced in words the lexicon does not score (唯一不足是五一期间停车场满了) lost its type. Leaving out
 * reviews with a contrast as well (35 and 2) kept "拉开窗帘就是大海"'s 就是 from the rule, and gained less.
 */
const WHOLLY_PRAISED = 0.99;
/** How far past its threshold a type must be, read on the marked fault and the whole message alike (their geometric mean). */
const FLAW_SURENESS = 1;
/** A fault announced, whatever words tell it after (唯一不足是五一期间停车场满了, 美中不足, 缺点是, 可惜): no wholly praising review. */
const FAULT_TOLD = /不足|缺点|美中|唯一|可惜|遗憾|槽点|扣分|小问题|建议/;
const TOPIC_ONLY_CONFIDENCE = 0.7;

function toldAsAProblem(type: ComplaintTypeScore): boolean {
  return type.problem === true || type.confidence >= TOPIC_ONLY_CONFIDENCE;
}
