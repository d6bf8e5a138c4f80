/**
 * The labelled sets the coach is tuned and fitted on: the tuning corpus and the hold-outs that have
 * been read (README, "Adding a labelled case"). A hold-out joins this list only once its misses
 * have been read; the blind ones stay out, so that their figures still say something.
 */
import { CORPUS } from './corpus';
import { HOLDOUT, HOLDOUT_PLANS } from './holdout';
import { HOLDOUT_2, HOLDOUT_2_PLANS } from './holdout2';
import { HOLDOUT_3, HOLDOUT_3_PLANS } from './holdout3';
import { HOLDOUT_4, HOLDOUT_4_PLANS } from './holdout4';
import { HOLDOUT_5, HOLDOUT_5_PLANS } from './holdout5';
import { HOLDOUT_6, HOLDOUT_6_PLANS } from './holdout6';
import { HOLDOUT_7, HOLDOUT_7_PLANS } from './holdout7';
import { HOLDOUT_8, HOLDOUT_8_PLANS } from './holdout8';
import { HOLDOUT_9, HOLDOUT_9_PLANS } from './holdout9';
import { HOLDOUT_10, HOLDOUT_10_PLANS } from './holdout10';
import { HOLDOUT_11, HOLDOUT_11_PLANS } from './holdout11';
import { HOLDOUT_12, HOLDOUT_12_PLANS } from './holdout12';
import { HOLDOUT_13, HOLDOUT_13_PLANS } from './holdout13';
import { HOLDOUT_14, HOLDOUT_14_PLANS } from './holdout14';
import { HOLDOUT_15, HOLDOUT_15_PLANS } from './holdout15';
import { HOLDOUT_16, HOLDOUT_16_PLANS } from './holdout16';
import { HOLDOUT_17, HOLDOUT_17_PLANS } from './holdout17';
import { HOLDOUT_18, HOLDOUT_18_PLANS } from './holdout18';
import { HOLDOUT_19, HOLDOUT_19_PLANS } from './holdout19';
import { HOLDOUT_20, HOLDOUT_20_PLANS } from './holdout20';
import { HOLDOUT_21, HOLDOUT_21_PLANS } from './holdout21';
import { HOLDOUT_22, HOLDOUT_22_PLANS } from './holdout22';
import { HOLDOUT_23, HOLDOUT_23_PLANS } from './holdout23';
import { HOLDOUT_24, HOLDOUT_24_PLANS } from './holdout24';
import { HOLDOUT_25, HOLDOUT_25_PLANS } from './holdout25';
import { HOLDOUT_26, HOLDOUT_26_PLANS } from './holdout26';
import { HOLDOUT_27, HOLDOUT_27_PLANS } from './holdout27';
import { HOLDOUT_28, HOLDOUT_28_PLANS } from './holdout28';
import { HOLDOUT_29, HOLDOUT_29_PLANS } from './holdout29';
import { HOLDOUT_30, HOLDOUT_30_PLANS } from './holdout30';
import { HOLDOUT_31, HOLDOUT_31_PLANS } from './holdout31';
import { HOLDOUT_32, HOLDOUT_32_PLANS } from './holdout32';
import { HOLDOUT_33, HOLDOUT_33_PLANS } from './holdout33';
import { HOLDOUT_34, HOLDOUT_34_PLANS } from './holdout34';
import { HOLDOUT_35, HOLDOUT_35_PLANS } from './holdout35';
import { HOLDOUT_36, HOLDOUT_36_PLANS } from './holdout36';
import { HOLDOUT_37, HOLDOUT_37_PLANS } from './holdout37';
import { HOLDOUT_38, HOLDOUT_38_PLANS } from './holdout38';
import { HOLDOUT_39, HOLDOUT_39_PLANS } from './holdout39';
import { HOLDOUT_40, HOLDOUT_40_PLANS } from './holdout40';
import { HOLDOUT_41, HOLDOUT_41_PLANS } from './holdout41';
import { HOLDOUT_42, HOLDOUT_42_PLANS } from './holdout42';
import { HOLDOUT_43, HOLDOUT_43_PLANS } from './holdout43';
import { HOLDOUT_44, HOLDOUT_44_PLANS } from './holdout44';
import { HOLDOUT_45, HOLDOUT_45_PLANS } from './holdout45';
import { HOLDOUT_46, HOLDOUT_46_PLANS } from './holdout46';
import { HOLDOUT_47, HOLDOUT_47_PLANS } from './holdout47';
import { HOLDOUT_48, HOLDOUT_48_PLANS } from './holdout48';
import { HOLDOUT_49, HOLDOUT_49_PLANS } from './holdout49';
import { HOLDOUT_50, HOLDOUT_50_PLANS } from './holdout50';
import { HOLDOUT_51, HOLDOUT_51_PLANS } from './holdout51';
import { HOLDOUT_52, HOLDOUT_52_PLANS } from './holdout52';
import { HOLDOUT_53, HOLDOUT_53_PLANS } from './holdout53';
import { HOLDOUT_54, HOLDOUT_54_PLANS } from './holdout54';
import { HOLDOUT_55, HOLDOUT_55_PLANS } from './holdout55';
import { HOLDOUT_56, HOLDOUT_56_PLANS } from './holdout56';
import { HOLDOUT_57, HOLDOUT_57_PLANS } from './holdout57';
import { HOLDOUT_58, HOLDOUT_58_PLANS } from './holdout58';
import { HOLDOUT_59, HOLDOUT_59_PLANS } from './holdout59';
import { HOLDOUT_60, HOLDOUT_60_PLANS } from './holdout60';
import { HOLDOUT_61, HOLDOUT_61_PLANS } from './holdout61';
import { HOLDOUT_62, HOLDOUT_62_PLANS } from './holdout62';
import { HOLDOUT_63, HOLDOUT_63_PLANS } from './holdout63';
import { HOLDOUT_64, HOLDOUT_64_PLANS } from './holdout64';
import { HOLDOUT_65, HOLDOUT_65_PLANS } from './holdout65';
import { HOLDOUT_66, HOLDOUT_66_PLANS } from './holdout66';
import type { Labelled, LabelledPlan } from './report';

/** The tuning sets, by name. The blind hold-outs (the sixty-seventh on) are never here. */
export const TUNING_SETS: ReadonlyArray<readonly [name: string, entries: readonly Labelled[], plans: readonly LabelledPlan[]]> = [
  ['corpus', CORPUS, []],
  ['h1', HOLDOUT, HOLDOUT_PLANS],
  ['h2', HOLDOUT_2, HOLDOUT_2_PLANS],
  ['h3', HOLDOUT_3, HOLDOUT_3_PLANS],
  ['h4', HOLDOUT_4, HOLDOUT_4_PLANS],
  ['h5', HOLDOUT_5, HOLDOUT_5_PLANS],
  ['h6', HOLDOUT_6, HOLDOUT_6_PLANS],
  ['h7', HOLDOUT_7, HOLDOUT_7_PLANS],
  ['h8', HOLDOUT_8, HOLDOUT_8_PLANS],
  ['h9', HOLDOUT_9, HOLDOUT_9_PLANS],
  ['h10', HOLDOUT_10, HOLDOUT_10_PLANS],
  ['h11', HOLDOUT_11, HOLDOUT_11_PLANS],
  ['h12', HOLDOUT_12, HOLDOUT_12_PLANS],
  ['h13', HOLDOUT_13, HOLDOUT_13_PLANS],
  ['h14', HOLDOUT_14, HOLDOUT_14_PLANS],
  ['h15', HOLDOUT_15, HOLDOUT_15_PLANS],
  ['h16', HOLDOUT_16, HOLDOUT_16_PLANS],
  ['h17', HOLDOUT_17, HOLDOUT_17_PLANS],
  ['h18', HOLDOUT_18, HOLDOUT_18_PLANS],
  ['h19', HOLDOUT_19, HOLDOUT_19_PLANS],
  ['h20', HOLDOUT_20, HOLDOUT_20_PLANS],
  ['h21', HOLDOUT_21, HOLDOUT_21_PLANS],
  ['h22', HOLDOUT_22, HOLDOUT_22_PLANS],
  ['h23', HOLDOUT_23, HOLDOUT_23_PLANS],
  ['h24', HOLDOUT_24, HOLDOUT_24_PLANS],
  ['h25', HOLDOUT_25, HOLDOUT_25_PLANS],
  ['h26', HOLDOUT_26, HOLDOUT_26_PLANS],
  ['h27', HOLDOUT_27, HOLDOUT_27_PLANS],
  ['h28', HOLDOUT_28, HOLDOUT_28_PLANS],
  ['h29', HOLDOUT_29, HOLDOUT_29_PLANS],
  ['h30', HOLDOUT_30, HOLDOUT_30_PLANS],
  ['h31', HOLDOUT_31, HOLDOUT_31_PLANS],
  ['h32', HOLDOUT_32, HOLDOUT_32_PLANS],
  ['h33', HOLDOUT_33, HOLDOUT_33_PLANS],
  ['h34', HOLDOUT_34, HOLDOUT_34_PLANS],
  ['h35', HOLDOUT_35, HOLDOUT_35_PLANS],
  ['h36', HOLDOUT_36, HOLDOUT_36_PLANS],
  ['h37', HOLDOUT_37, HOLDOUT_37_PLANS],
  ['h38', HOLDOUT_38, HOLDOUT_38_PLANS],
  ['h39', HOLDOUT_39, HOLDOUT_39_PLANS],
  ['h40', HOLDOUT_40, HOLDOUT_40_PLANS],
  ['h41', HOLDOUT_41, HOLDOUT_41_PLANS],
  ['h42', HOLDOUT_42, HOLDOUT_42_PLANS],
  ['h43', HOLDOUT_43, HOLDOUT_43_PLANS],
  ['h44', HOLDOUT_44, HOLDOUT_44_PLANS],
  ['h45', HOLDOUT_45, HOLDOUT_45_PLANS],
  ['h46', HOLDOUT_46, HOLDOUT_46_PLANS],
  ['h47', HOLDOUT_47, HOLDOUT_47_PLANS],
  ['h48', HOLDOUT_48, HOLDOUT_48_PLANS],
  ['h49', HOLDOUT_49, HOLDOUT_49_PLANS],
  ['h50', HOLDOUT_50, HOLDOUT_50_PLANS],
  ['h51', HOLDOUT_51, HOLDOUT_51_PLANS],
  ['h52', HOLDOUT_52, HOLDOUT_52_PLANS],
  ['h53', HOLDOUT_53, HOLDOUT_53_PLANS],
  ['h54', HOLDOUT_54, HOLDOUT_54_PLANS],
  ['h55', HOLDOUT_55, HOLDOUT_55_PLANS],
  ['h56', HOLDOUT_56, HOLDOUT_56_PLANS],
  ['h57', HOLDOUT_57, HOLDOUT_57_PLANS],
  ['h58', HOLDOUT_58, HOLDOUT_58_PLANS],
  ['h59', HOLDOUT_59, HOLDOUT_59_PLANS],
  ['h60', HOLDOUT_60, HOLDOUT_60_PLANS],
  ['h61', HOLDOUT_61, HOLDOUT_61_PLANS],
  ['h62', HOLDOUT_62, HOLDOUT_62_PLANS],
  ['h63', HOLDOUT_63, HOLDOUT_63_PLANS],
  ['h64', HOLDOUT_64, HOLDOUT_64_PLANS],
  ['h65', HOLDOUT_65, HOLDOUT_65_PLANS],
  ['h66', HOLDOUT_66, HOLDOUT_66_PLANS],
];
