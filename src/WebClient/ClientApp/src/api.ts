import { currentSession } from "./session";

export interface FieldError {
  field: string;
  message: string;
}

/** An error the server explained in French; every field it names is listed. */
export class ApiFailure extends Error {
  constructor(
    public readonly status: number,
    public readonly title: string,
    public readonly errors: FieldError[],
  ) {
    super(title);
  }
}

async function request<T>(method: string, path: string, body?: unknown, rawBody?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const session = currentSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined || rawBody !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
  } catch {
    throw new ApiFailure(0, "Serveur injoignable : vérifiez la connexion réseau puis réessayez.", []);
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      payload?.title ?? `Erreur ${response.status}`,
      payload?.errors ?? [],
    );
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
  postText: <T>(path: string, text: string) => request<T>("POST", path, undefined, text),
};
