import { z } from 'zod';
import { roles } from '../../auth/roles';
import { typedText } from '../../ui/form';

/** Login IDs are typed by people with any keyboard: full-width letters are folded, case is ignored. */
export const loginIdField = typedText()
  .transform((value) => value.toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: 'error.required' })
      .min(3, { error: 'account.error.loginIdLength' })
      .max(32, { error: 'account.error.loginIdLength' })
      .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'account.error.loginIdCharacters' }),
  );

export const newPasswordField = z
  .string()
  .min(1, { error: 'error.required' })
  .min(8, { error: 'account.error.passwordLength' })
  .max(128, { error: 'account.error.passwordLength' });

const requiredText = typedText().pipe(z.string().min(1, { error: 'error.required' }));

export const signInForm = z.object({
  loginId: typedText().transform((value) => value.toLowerCase()).pipe(z.string().min(1, { error: 'error.required' })),
  password: z.string().min(1, { error: 'error.required' }),
  next: z.string().optional(),
});

/** A new password must be typed twice alike, and must not be the login ID. */
export function checkNewPassword(
  values: { newPassword: string; confirmPassword: string; loginId?: string },
  context: z.RefinementCtx,
) {
  if (values.newPassword !== values.confirmPassword) {
    context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'account.error.passwordMismatch' });
  }
  if (values.loginId && values.newPassword.toLowerCase() === values.loginId) {
    context.addIssue({ code: 'custom', path: ['newPassword'], message: 'account.error.passwordIsLoginId' });
  }
}

export const confirmPasswordField = z.string().min(1, { error: 'error.required' });

export const changePasswordForm = z
  .object({
    currentPassword: z.string().min(1, { error: 'error.required' }),
    newPassword: newPasswordField,
    confirmPassword: confirmPasswordField,
  })
  .superRefine(checkNewPassword);

export const setupForm = z
  .object({
    loginId: signInForm.shape.loginId,
    code: requiredText,
    newPassword: newPasswordField,
    confirmPassword: confirmPasswordField,
  })
  .superRefine(checkNewPassword);

export const firstAdminForm = z
  .object({
    code: requiredText,
    displayName: requiredText.pipe(z.string().max(100, { error: 'account.error.nameLength' })),
    loginId: loginIdField,
    newPassword: newPasswordField,
    confirmPassword: confirmPasswordField,
  })
  .superRefine(checkNewPassword);

export const createAccountForm = z.object({
  displayName: requiredText.pipe(z.string().max(100, { error: 'account.error.nameLength' })),
  loginId: loginIdField,
  role: z.enum(roles, { error: 'account.error.role' }),
  email: typedText().pipe(
    z.union([z.literal(''), z.email({ error: 'account.error.email' }).max(254, { error: 'account.error.email' })]),
  ),
});

export type CreateAccountInput = z.output<typeof createAccountForm>;
