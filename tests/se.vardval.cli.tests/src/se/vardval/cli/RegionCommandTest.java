package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The region that pays, registered and changed on the command line (audited; a code no county has, a wrong
 * organisationsnummer and a read-only user refused).
 */
@TestInstance(Lifecycle.PER_CLASS)
class RegionCommandTest {

    private CliRunner cli;

    @BeforeAll
    void importRegion() throws Exception {
        cli = new CliRunner();
        EndToEndRegion.imported(cli);
        TestUsers.seed();
    }

    @Test
    void theRegionIsChangedInAnAuditedStep() {
        assertEquals("regionen är sparad\nRegion Jämtland Härjedalen, län 23, org.nr 232100-0214\n",
                cli.ok("region", "--county", "23", "--org-nr", "2321000214"));
        assertEquals("regionen är sparad\nRegion Jämtland Härjedalen (RJH), län 23, org.nr 232100-0214\n",
                cli.ok("region", "--name", "Region Jämtland Härjedalen (RJH)"));
        assertEquals("Region Jämtland Härjedalen (RJH), län 23, org.nr 232100-0214\n", cli.ok("region"));
        List<String> newest = List.of(cli.ok("audit", "--entity", "region", "--limit", "1").lines().toList().getFirst()
                .split(" +"));
        assertEquals(List.of("demo", "region", "23", "UPDATE"), newest.subList(2, 6));
        cli.ok("region", "--county", "23", "--name", "Region Jämtland Härjedalen");
    }

    @Test
    void aCodeNoCountyHasAWrongNumberAndAReadOnlyUserAreRefused() {
        String before = cli.ok("region");
        CliRunner.Outcome county = cli.run("region", "--county", "02");
        assertEquals(1, county.exitCode());
        assertTrue(county.err().startsWith("vardval region: '02' är ingen länskod; länskoderna är 01, 03,"),
                county.err());
        assertEquals("vardval region: felaktig kontrollsiffra i organisationsnumret '232100-0215'",
                cli.run("region", "--org-nr", "232100-0215").err().strip());
        assertEquals("vardval region: olle får inte ändra registret: det kräver rollen administratör; olle är "
                + "läsbehörig", cli.run("--user", "olle", "region", "--county", "24").err().strip());
        assertEquals(before, cli.ok("region"), "nothing changed");
    }
}
