import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * Who is guardian of whom, as the population register says (in production read from it; locally
 * seeded as sample data for the test personas). Not a GraphQL type: it only decides access.
 */
@Entity("guardianship")
@Index(["guardianPersonnummer"])
export class Guardianship {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 12 })
  guardianPersonnummer!: string;

  @Column({ type: "varchar", length: 12 })
  childPersonnummer!: string;

  @Column({ type: "boolean", default: false })
  sample!: boolean;
}
