/**
 * The seeded demo-region generator: {@link se.vardval.demo.DemoRegionGenerator} writes providers, units, contracts,
 * persons, listings, activities, costs, CNI, indicators and penalties in the CSV contract the imports read.
 */
package se.vardval.demo;
