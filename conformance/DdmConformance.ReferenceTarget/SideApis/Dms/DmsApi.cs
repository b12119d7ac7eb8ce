using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// Alibaba Cloud DMS, RPC style: one endpoint, <c>GET /?Action=…</c> with every parameter in the query. The
/// specs have one file, and so one catalog API, per action (<c>DmsRegisterInstance</c>, <c>DmsRegisterUser</c>);
/// the target mounts the same endpoint under each API's prefix, as DMS serves all actions from one endpoint,
/// and both actions share one tenant.
/// </summary>
internal sealed class DmsApi(DmsTenant tenant, DmsAuthenticator authenticator, ActiveDeviations deviations)
{
    public static readonly IReadOnlyList<string> Prefixes = ["/dmsregisterinstance", "/dmsregisteruser"];

    private readonly RegisterInstanceAction registerInstance = new(tenant, deviations.IsOn(SideApiDeviations.DmsConditionsIgnored));
    private readonly RegisterUserAction registerUser = new(tenant);

    public SideApi Build(string prefix) => new(
        prefix,
        [new SideRoute("GET", "/", RequiresAuth: true, TakesBody: false, Dispatch)],
        DmsErrors.Dialect,
        deviations.IsOn(SideApiDeviations.DmsAuthNotEnforced) ? null : authenticator.Check);

    private OperationResult Dispatch(OperationRequest request)
    {
        var query = new DmsQuery(request.Query);
        var action = query.Required("Action");
        switch (action)
        {
            case "RegisterInstance":
                registerInstance.Run(query);
                break;
            case "RegisterUser":
                registerUser.Run(query);
                break;
            default:
                throw new SideErrorException(DmsErrors.UnknownAction(action));
        }
        return OperationResult.Ok(DmsEnvelope.Success());
    }
}
