import { ArgsType, Directive, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../content/pagination.js";

/** What a hit is; each subgraph answers for its own kinds. */
export enum SearchHitType {
  CARE_UNIT = "CARE_UNIT",
  E_SERVICE = "E_SERVICE",
  FEE = "FEE",
  ARCHIVE_HOLDING = "ARCHIVE_HOLDING",
  GUIDELINE = "GUIDELINE",
}
registerEnumType(SearchHitType, { name: "SearchHitType", description: "What kind of content a search hit is." });

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_PAGE = 50;
export const MAX_SEARCH_TERMS = 12;

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: `What to search for: words, in any case, 1 to ${MAX_SEARCH_TEXT} characters. Every word must match; the last letters may be left out.` })
  text!: string;

  @Field(() => Int, { defaultValue: 10, description: `How many hits, 1 to ${MAX_SEARCH_PAGE}.` })
  first: number = 10;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

@ObjectType({ description: "A stretch of a text: `start` and `length` in UTF-16 code units, as JavaScript counts." })
@Directive("@shareable")
export class TextRange {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  length!: number;
}

@ObjectType({ description: "Plain text with the stretches that matched the search; never markup: the client marks them up." })
@Directive("@shareable")
export class HighlightedText {
  @Field(() => String)
  text!: string;

  @Field(() => [TextRange])
  highlights!: TextRange[];
}

@ObjectType({ description: "One thing a search found that the viewer may see." })
@Directive("@shareable")
export class SearchHit {
  @Field(() => SearchHitType)
  type!: SearchHitType;

  @Field(() => String, { description: "The id of the thing found (for a fee: the fee line)." })
  id!: string;

  @Field(() => HighlightedText)
  title!: HighlightedText;

  @Field(() => HighlightedText, { nullable: true, description: "Up to about 160 characters around the first match; null when there is no text to show." })
  snippet!: HighlightedText | null;

  @Field(() => String, { description: "Where the portal shows it, a path such as /hitta-vard/SE2321000230-1A2B." })
  path!: string;

  @Field(() => Float, {
    description: "Relevance from 0 to 1, comparable across subgraphs: see docs/decisions/022-search.md for how it is normalised.",
  })
  score!: number;

  @Field(() => String)
  region!: string;
}

@ObjectType({ description: "A page of search hits, best first." })
@Directive("@shareable")
export class SearchResults {
  @Field(() => [SearchHit])
  hits!: SearchHit[];

  @Field(() => Int, { description: "How many hits match, across all pages." })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [String], { description: "The words searched for, as folded for matching (after any correction)." })
  terms!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Set when no hit matched the words as written and the hits are for these corrected words instead ("Visar resultat för …").',
  })
  didYouMean!: string | null;
}
