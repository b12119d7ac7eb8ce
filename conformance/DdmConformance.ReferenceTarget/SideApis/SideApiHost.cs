using DdmConformance.ReferenceTarget.Auth;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.SideApis.Common;
using DdmConformance.ReferenceTarget.SideApis.Das;
using DdmConformance.ReferenceTarget.SideApis.Dbss;
using DdmConformance.ReferenceTarget.SideApis.Dms;

namespace DdmConformance.ReferenceTarget.SideApis;

/// <summary>
/// Mounts the related APIs on the target's one server, each under the prefix
/// <c>ReferenceServer.BaseUrlFor(apiName)</c> gives it (<c>/das</c>, <c>/dbss</c>, <c>/dmsregisterinstance</c>,
/// <c>/dmsregisteruser</c>), ahead of the DDM pipeline, which keeps everything else. State lives as long as the server.
/// </summary>
internal static class SideApiHost
{
    public static void Mount(WebApplication app, ReferenceTargetOptions options, RequestCounter counter)
    {
        var deviations = new ActiveDeviations(options.Deviations);
        var clock = TimeProvider.System;
        var signature = options.AccessKey is { Length: > 0 } ak && options.SecretKey is { Length: > 0 } sk ? new AkSkSignature(ak, sk, clock) : null;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DdmConformance.ReferenceTarget.SideApis");

        var dms = new DmsApi(new DmsTenant(), new DmsAuthenticator(options), deviations);
        SideApi[] apis =
        [
            new DasApi(new DasConnectionStore(), deviations, clock).Build(),
            new DbssApi(new DbssDatabaseStore(), new RequestAuthenticator(options.Token, signature), deviations, clock).Build(),
            .. DmsApi.Prefixes.Select(dms.Build),
        ];
        foreach (var api in apis)
        {
            var pipeline = new SideApiPipeline(api, counter, logger);
            app.Map(api.Prefix, branch => branch.Run(pipeline.HandleAsync));
        }
    }
}
