/** Shapes of the Datachat HTTP API (CONTRACT.md section 4) as the widget sees them. */

export interface Column {
  name: string;
  type: string;
}

export interface ResultData {
  columns: Column[];
  rows: unknown[][];
  truncated?: boolean;
}

export interface Intent {
  name: string;
  confidence: number;
  slots: Record<string, unknown>;
}

export interface ApiErrorBody {
  code: string;
  message: string;
}

export interface ClarificationOption {
  label: string;
  question: string;
}

export interface Clarification {
  message: string;
  options: ClarificationOption[];
}

export interface Message {
  id: string;
  role: "assistant" | "user";
  content: string;
  sql?: string | null;
  data?: ResultData | null;
  chart?: Record<string, unknown> | null;
  intents?: Intent[];
  suggestions?: string[];
  /** What was computed, in plain words. */
  interpretation?: string | null;
  /** Set when the engine asks instead of guessing; each option's question is sent as asked. */
  clarification?: Clarification | null;
  created_at?: string;
  error?: ApiErrorBody | null;
}

export interface Theme {
  primary?: string;
  position?: "right" | "left";
  title?: string;
  greeting?: string;
  launcher_icon?: string;
  dark?: "auto" | "light" | "dark";
}

export interface Session {
  id: string;
  expires_at?: string;
  suggestions?: string[];
  embed?: { name?: string; theme?: Theme };
}

export interface Progress {
  step: string;
  label?: string;
}

/** What every failed call turns into; `status` 0 means the network failed (offline). */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  /** Seconds to wait before retrying (429 `Retry-After`). */
  retryAfter?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
