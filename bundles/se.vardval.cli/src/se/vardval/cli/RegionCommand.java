package se.vardval.cli;

import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;
import se.vardval.core.service.UserError;

/** Shows the region the database serves, or registers or changes it. */
@Command(name = "region", mixinStandardHelpOptions = true,
        description = "Visar regionen (huvudmannen) som betalar vårdvalens utförare och som ekonomifilen och "
                + "ersättningsbeskeden anger. Med alternativ registreras eller ändras den i ett loggat steg "
                + "(administratörer av registret).")
class RegionCommand extends ServiceCommand {

    @Option(names = "--county", paramLabel = "<länskod>", description = "Länets kod med två siffror, t.ex. 23.")
    String county;

    @Option(names = "--name", paramLabel = "<namn>",
            description = "Regionens namn; standard är länets regionnamn, t.ex. Region Jämtland Härjedalen.")
    String name;

    @Option(names = "--org-nr", paramLabel = "<NNNNNN-NNNN>", description = "Regionens organisationsnummer.")
    String orgNr;

    RegionCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        Optional<Region> stored = services.region().find();
        if (county != null || name != null || orgNr != null) {
            Region changed = changed(stored);
            services.region().save(changed, user());
            out().println("regionen är sparad");
            stored = Optional.of(changed);
        }
        out().println(stored.map(RegionCommand::described).orElse(
                "ingen region är registrerad; registrera den med region --county <länskod> --org-nr <NNNNNN-NNNN>"));
        return 0;
    }

    private Region changed(Optional<Region> stored) {
        if (stored.isEmpty() && (county == null || orgNr == null)) {
            throw new UserError("ingen region är registrerad än: ange både --county och --org-nr");
        }
        try {
            County newCounty = county == null ? stored.get().county() : County.of(county);
            String newName = name != null ? name
                    : stored.filter(s -> s.county() == newCounty).map(Region::name).orElse(newCounty.regionName());
            return new Region(newCounty, newName, orgNr == null ? stored.get().orgNr() : orgNr);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static String described(Region region) {
        return String.format("%s, län %s, org.nr %s", region.name(), region.county().code(), region.orgNrWithHyphen());
    }
}
