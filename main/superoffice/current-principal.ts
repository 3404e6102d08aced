import { z } from 'zod';

/** The part of GET v1/User/currentPrincipal the app uses. */
export const currentPrincipalSchema = z.object({
  AssociateId: z.number().int(),
  FullName: z.string(),
  EMailAddress: z.string().nullish(),
  UserName: z.string().nullish(),
});
export type CurrentPrincipal = z.infer<typeof currentPrincipalSchema>;
