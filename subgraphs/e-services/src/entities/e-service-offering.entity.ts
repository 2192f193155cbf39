import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** A care unit offers an e-service (`CareUnit.eServices`). The unit's id is care-units' CareUnit.id. */
@Entity("e_service_offering")
@Index(["careUnitId", "eServiceId"], { unique: true })
@Index(["eServiceId"])
export class EServiceOffering {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  eServiceId!: string;

  @Column({ type: "varchar", length: 64 })
  careUnitId!: string;
}
