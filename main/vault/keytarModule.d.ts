// keytar is an optional dependency (it builds from source where no prebuilt binary fits, and may fail to):
// this declaration of the part Atrium uses keeps the type check independent of whether it installed.
declare module 'keytar' {
  export function getPassword(service: string, account: string): Promise<string | null>;
  export function setPassword(service: string, account: string, password: string): Promise<void>;
  export function deletePassword(service: string, account: string): Promise<boolean>;
}
