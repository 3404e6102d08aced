import type { RestRoute } from './rest-route.js';

/** `GET v1/User/currentPrincipal`: the signed-in user's SoPrincipalCarrier. */
export const currentPrincipalRoute: RestRoute = {
  method: 'GET',
  path: 'v1/User/currentPrincipal',
  handle(ctx) {
    const { account } = ctx.state.principal;
    ctx.body = {
      UserType: 'InternalAssociate',
      Associate: account.associateName,
      AssociateId: account.associateId,
      IsPerson: true,
      PersonId: account.personId,
      CountryId: 578,
      HomeCountryId: 578,
      ContactId: account.contactId,
      GroupId: account.groupId,
      BusinessId: 0,
      CategoryId: 0,
      ContactOwner: 0,
      RoleId: account.isAdministrator ? 1 : 2,
      RoleName: account.isAdministrator ? 'Administrator' : 'User',
      RoleDescription: account.isAdministrator ? 'Full access, including Settings and maintenance' : 'Standard CRM user',
      RoleType: 'Employee',
      Licenses: [],
      FullName: account.fullName,
      EMailAddress: account.username,
      FunctionRights: [],
      EjUserId: 0,
      EjAccessLevel: 0,
      EjUserStatus: 'None',
      ProvidedCredentials: [{ Type: 'SuperId', SearchName: account.username, DisplayName: account.fullName, CredentialId: 0 }],
      SecondaryGroups: [],
      DatabaseContextIdentifier: account.ctx,
      UserName: account.username,
    };
  },
};
