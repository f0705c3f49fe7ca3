// The fixed values of the account rules that pages also show (a hint's length, the words to
// type). Apart from the schemas (lib/validation/auth.ts) so a form can print them without
// loading zod before it needs it.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** What a Kakao-only member types to delete their account (they have no password). */
export const DELETE_CONFIRMATION = "회원 탈퇴";
