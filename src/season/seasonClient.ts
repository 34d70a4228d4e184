import type { HubClient, HubReply } from "../protocol/hubClient";
import {
  type ClientEventName,
  type ClientPayload,
  type Ranking,
  rankingPath,
  rankingSchema,
} from "../protocol/schema";

/**
 * The class season's side of this window: one hub connection opened on demand (socket.io-client
 * loads then), the `season:*` and `defi:*` requests, and the challenge's ranking over HTTP.
 */

let hub: Promise<HubClient> | null = null;

function connection(): Promise<HubClient> {
  hub ??= import("../protocol/hubClient").then(({ connectHub }) => connectHub({}));
  return hub;
}

export async function seasonRequest<E extends ClientEventName>(
  event: E,
  payload: ClientPayload<E>,
): Promise<HubReply<E>> {
  const client = await connection();
  return client.request(event, payload);
}

export type RankingAnswer =
  | { ok: true; ranking: Ranking }
  | { ok: false; error: "unknown-code" | "unavailable" };

/** `GET /api/defi/<code>/classement`. */
export async function fetchRanking(code: string): Promise<RankingAnswer> {
  try {
    const response = await fetch(rankingPath(code), { cache: "no-store" });
    if (response.status === 404 || response.status === 400) return { ok: false, error: "unknown-code" };
    if (!response.ok) return { ok: false, error: "unavailable" };
    const parsed = rankingSchema.safeParse(await response.json());
    return parsed.success ? { ok: true, ranking: parsed.data } : { ok: false, error: "unavailable" };
  } catch {
    return { ok: false, error: "unavailable" };
  }
}
